"""Progress notes matched by identity on import, not by their text (issue 13 item 5).

A note's key is (task, day, text): a note whose text was edited in the workbook — or cut,
or cleaned by Excel — would not be found by it and was added a second time. Each note has
an identity (``ProgressNote.uid``, migration v14) that the export writes in the column
"Mã ghi chú"; on import a row carrying a known identity replaces that note (the old text is
logged as deleted, the new one as added, so undo puts it back; the row keeps its place). Rows without one — a new
note, a workbook written before this column — are matched by their key, as before.
"""

from __future__ import annotations

from typing import Any

from dxdesk.core.services.changes import ChangeRecorder
from dxdesk.core.storage import models as m
from dxdesk.core.storage.records import SPECS, to_record

NOTE_IDENTITY = "uid"
_CHUNK = 500  # identities per query (SQLite's variable limit is far above)


def _known(uids: list[str]) -> dict[str, m.ProgressNote]:
    """The notes holding these identities, one query per chunk, not one per note."""
    out: dict[str, m.ProgressNote] = {}
    for start in range(0, len(uids), _CHUNK):
        chunk = uids[start : start + _CHUNK]
        for note in m.ProgressNote.select().where(m.ProgressNote.uid.in_(chunk)):
            out[note.uid] = note
    return out


def _same_key(note: m.ProgressNote, record: dict[str, Any]) -> bool:
    spec = SPECS["note"]
    stored = to_record(spec, note)
    return all(str(stored.get(k) or "") == str(record.get(k) or "") for k in spec.key)


def write_notes(rec: ChangeRecorder, notes: list[dict[str, Any]]) -> None:
    """Write the notes of a batch; ``uid`` (when given) says which stored note a row is."""
    known = _known([str(n[NOTE_IDENTITY]) for n in notes if n.get(NOTE_IDENTITY)])
    for given in notes:
        uid = str(given.get(NOTE_IDENTITY) or "")
        record = {k: v for k, v in given.items() if k != NOTE_IDENTITY and not k.startswith("_")}
        note = known.get(uid)
        replaced = note is not None and not _same_key(note, record)
        if replaced:
            rec.delete("note", note)
        added = rec.created.get("note", 0)
        instance = rec.write("note", record)
        created = rec.created.get("note", 0) > added
        if replaced and created:  # the same note: its row keeps its place (and identity)
            m.ProgressNote.update(id=note.id, uid=uid).where(
                m.ProgressNote.id == instance.id
            ).execute()
        elif uid and created and instance.uid != uid:
            m.ProgressNote.update(uid=uid).where(m.ProgressNote.id == instance.id).execute()
        if replaced and created:  # one note edited, said as such ("sửa 1 tiến độ")
            rec.created["note"] -= 1
            if not rec.created["note"]:
                del rec.created["note"]
            rec.updated["note"] = rec.updated.get("note", 0) + 1
