"""Tables of the offline exchange (created by migration step 2, see migrations.py).

Secretariat side: its signing identity, the slices it issued (with the public key each agency
must sign its reports with), the reports it merged, the provenance of every merged change and
the conflicts awaiting a person. Agency side: the agency mode (one row), the values last
shared with the secretariat (the base of the next report) and the reports already sent.
Values and records are stored as JSON text with dates written ``{"$date": "2024-01-05"}``.
"""

from __future__ import annotations

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from dxdesk.core.storage.models import Agency, BaseModel, Change, ChangeSet


class ExchangeIdentity(BaseModel):
    """The secretariat's Ed25519 key pair and the committee's exchange id (one row)."""

    committee_uid = CharField()
    private_key = TextField()  # base64 of the raw 32-byte key
    public_key = TextField()
    created_at = DateTimeField()


class ExchangeAgencyIdentity(BaseModel):
    """An agency's immutable exchange identity: it follows the agency through a change of
    code and dies with it, so a code given to another agency never inherits its keys."""

    agency = ForeignKeyField(Agency, unique=True, on_delete="CASCADE")
    uid = CharField(unique=True)


class ExchangeIssue(BaseModel):
    """A slice issued to an agency and the public key its reports must be signed with."""

    package_id = CharField(unique=True)
    agency = CharField(index=True)  # the code at issue (shown); the key belongs to agency_uid
    agency_uid = CharField(default="", index=True)
    key_id = CharField(unique=True)
    public_key = TextField()
    issued_at = DateTimeField()
    issued_by = TextField(default="")
    size = IntegerField(default=0)
    valid_until = DateField(null=True)  # a newer key was issued: this one counts until then
    revoked_at = DateTimeField(null=True)  # ``exchange revoke``: refused from this moment


class ExchangeReceipt(BaseModel):
    """A report merged at the secretariat: a second merge of the same package is a no-op."""

    package_id = CharField(unique=True)
    agency = CharField(index=True)
    seq = IntegerField()
    officer = TextField(default="")
    written_at = DateTimeField(null=True)  # on the agency's machine
    merged_at = DateTimeField()
    merged_by = TextField(default="")
    applied = IntegerField(default=0)
    conflicts = IntegerField(default=0)
    changeset = ForeignKeyField(ChangeSet, null=True, on_delete="SET NULL")


class ExchangeProvenance(BaseModel):
    """Where a merged change came from: agency, package, officer and time on their machine."""

    change = ForeignKeyField(Change, unique=True, backref="provenance", on_delete="CASCADE")
    package_id = CharField()
    agency = CharField()
    seq = IntegerField()
    officer = TextField(default="")
    at_agency = DateTimeField(null=True)


class ExchangeConflict(BaseModel):
    """A change the agency made to something the secretariat changed too: a person decides."""

    package_id = CharField(index=True)
    agency = CharField()
    seq = IntegerField()
    entity = CharField()
    entity_key = TextField()
    record_key = TextField()  # JSON: the key fields (codes)
    unit = CharField()
    op = CharField()
    base = TextField(null=True)  # JSON: the values both sides started from
    secretariat = TextField(null=True)  # JSON: the secretariat's values at merge
    agency_value = TextField(null=True)  # JSON: the agency's values
    secretariat_who = TextField(default="")
    secretariat_at = DateTimeField(null=True)
    officer = TextField(default="")
    at_agency = DateTimeField(null=True)
    reason = TextField(default="")
    detected_at = DateTimeField()
    resolved_at = DateTimeField(null=True)
    resolved_by = TextField(default="")
    kept = CharField(default="")  # "", "secretariat" or "agency"


class ExchangeAgencyMode(BaseModel):
    """Agency side (one row): whose slice this is, its keys and the report counter."""

    agency_code = CharField()
    agency_name = TextField()
    committee_uid = CharField()
    committee_name = TextField(default="")
    secretariat_key = TextField()  # pinned at the first slice
    agency_private_key = TextField()
    key_id = CharField()
    slice_id = CharField()
    slice_seq = IntegerField(default=0)  # the how-manieth slice issued to this agency
    issued_at = DateTimeField()
    received_at = DateTimeField()
    next_seq = IntegerField(default=1)


class ExchangeBase(BaseModel):
    """Agency side: a record as last shared with the secretariat (what a report diffs against)."""

    entity = CharField()
    entity_key = TextField()
    record = TextField()  # JSON

    class Meta:
        indexes = ((("entity", "entity_key"), True),)


class ExchangeSent(BaseModel):
    """Agency side: a report written, kept to send it again and to protect it on a refresh."""

    seq = IntegerField(unique=True)
    package_id = CharField()
    written_at = DateTimeField()
    written_by = TextField(default="")
    units = TextField()  # JSON: [[entity, key, unit], …] the report carried
    data = TextField()  # base64 of the package file


EXCHANGE_MODELS = [
    ExchangeIdentity,
    ExchangeAgencyIdentity,
    ExchangeIssue,
    ExchangeReceipt,
    ExchangeProvenance,
    ExchangeConflict,
    ExchangeAgencyMode,
    ExchangeBase,
    ExchangeSent,
]
