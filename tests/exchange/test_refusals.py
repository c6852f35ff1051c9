"""Bad packages are refused with one Vietnamese sentence and the register is left as it was."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from dxdesk.core.exchange import package
from tests.exchange.conftest import dump, load_small, open_db, repack


def _agency_key(office: Path) -> str:
    from dxdesk.core.storage.exchange_models import ExchangeAgencyMode

    with open_db(office):
        return ExchangeAgencyMode.get().agency_private_key


def _work(cli, sec: Path, tmp: Path, agency: str, task: str) -> tuple[Path, Path]:
    """Issue a slice to ``agency``, change one task there, report: (office db, report file)."""
    office = tmp / f"{agency}-{sec.stem if isinstance(sec, Path) else 'vanphong'}.db"
    cli("--db", sec, "exchange", "issue", "--agency", agency, "--out", tmp / f"{office.stem}.goi")
    cli("--db", office, "exchange", "open", tmp / f"{office.stem}.goi")
    cli("--db", office, "task", "update", task, "--note", "Đang làm")
    cli("--db", office, "exchange", "report", "--out", tmp / f"{office.stem}-bc1.goi")
    return office, tmp / f"{office.stem}-bc1.goi"


@pytest.fixture
def world(secretariat, tmp_path, cli):
    """A secretariat with a genuine report from BX and one from SP."""
    bx_office, bx_report = _work(cli, secretariat, tmp_path, "BX", "NV01")
    sp_office, sp_report = _work(cli, secretariat, tmp_path, "SP", "NV05")
    return {
        "sec": secretariat,
        "bx": bx_report,
        "sp": sp_report,
        "sp_office": sp_office,
        "bx_office": bx_office,
        "tmp": tmp_path,
    }


def _refused(cli, sec: Path, bad: Path, message: str) -> None:
    before = dump(sec)
    for verb in ("preview", "merge"):
        out = cli("--db", sec, "exchange", verb, bad, ok=False)
        assert message in out, out
        assert out.count("\n") == 1 and out.startswith("Lỗi: ")  # one sentence, no traceback
    assert dump(sec) == before


def _flip(src: Path, dst: Path) -> Path:
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as zf:
        info = zf.getinfo(package.PAYLOAD)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x01
    dst.write_bytes(bytes(data))
    return dst


def test_a_flipped_byte_is_refused(world, cli):
    bad = _flip(world["bx"], world["tmp"] / "flipped.goi")
    _refused(cli, world["sec"], bad, "bị hỏng hoặc đã bị sửa đổi sau khi ký")


def test_a_modified_payload_with_the_old_signature_is_refused(world, cli):
    def edit(payload):
        payload["changes"][0]["new"]["text"] = "Nội dung đã bị sửa"
        return payload

    bad = repack(world["bx"], world["tmp"] / "modified.goi", payload=edit)
    _refused(cli, world["sec"], bad, "bị hỏng hoặc đã bị sửa đổi sau khi ký")


def test_a_report_signed_with_another_agencys_key_is_refused(world, cli):
    def as_bx(manifest):
        manifest["agency"], manifest["agency_name"] = "BX", "UBND huyện Bát Xát"

    bad = repack(
        world["sp"],
        world["tmp"] / "forged.goi",
        manifest=as_bx,
        key=_agency_key(world["sp_office"]),
    )
    _refused(
        cli,
        world["sec"],
        bad,
        "ghi là báo cáo của đơn vị BX nhưng được ký bằng khóa cấp cho đơn vị SP",
    )


def test_a_report_for_another_committee_is_refused(world, cli):
    other = world["tmp"] / "other" / "vanphong.db"
    other.parent.mkdir()
    load_small(other)
    _, foreign = _work(cli, other, other.parent, "BX", "NV02")
    _refused(cli, world["sec"], foreign, "là báo cáo gửi ban chỉ đạo khác")


def test_an_unknown_format_version_is_refused(world, cli):
    def newer(manifest):
        manifest["version"] = 2

    bad = repack(world["bx"], world["tmp"] / "v2.goi", manifest=newer)
    _refused(
        cli,
        world["sec"],
        bad,
        "theo định dạng phiên bản 2, bản dxdesk này chỉ đọc được phiên bản 1",
    )


def test_a_truncated_file_is_refused(world, cli):
    bad = world["tmp"] / "truncated.goi"
    bad.write_bytes(world["bx"].read_bytes()[: world["bx"].stat().st_size // 2])
    _refused(cli, world["sec"], bad, "không đầy đủ (có thể bị cắt cụt khi gửi)")


def test_a_zip_bomb_is_refused(world, cli):
    bad = world["tmp"] / "bomb.goi"
    with zipfile.ZipFile(world["bx"]) as zf:
        manifest, signature = zf.read(package.MANIFEST), zf.read(package.SIGNATURE)
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(package.MANIFEST, manifest)
        with zf.open(package.PAYLOAD, "w", force_zip64=True) as f:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(80):  # 80 MB of zeros in about 80 KB
                f.write(chunk)
        zf.writestr(package.SIGNATURE, signature)
    assert bad.stat().st_size < 1024 * 1024
    _refused(cli, world["sec"], bad, "nghi là “bom nén”")


def test_a_small_zip_bomb_under_the_size_limit_is_refused_by_its_ratio(world, cli):
    def padded(payload):
        payload["padding"] = " " * (8 * 1024 * 1024)
        return payload

    bad = repack(world["bx"], world["tmp"] / "ratio.goi", payload=padded)
    _refused(cli, world["sec"], bad, "nghi là “bom nén”")


@pytest.mark.parametrize("name", ["../../ngoai.txt", "/etc/passwd", "..\\..\\ngoai.txt"])
def test_a_path_outside_the_package_is_refused(world, cli, name):
    bad = repack(world["bx"], world["tmp"] / "traversal.goi", extra={name: b"x"})
    _refused(cli, world["sec"], bad, "chứa đường dẫn ra ngoài thư mục của gói")


def test_a_slice_is_not_a_report_and_a_report_is_not_a_slice(world, cli, tmp_path):
    sec, office = world["sec"], world["bx_office"]
    slice_file = tmp_path / "BX-vanphong.goi"
    _refused(cli, sec, slice_file, "là gói giao dữ liệu cho đơn vị, không phải báo cáo")
    before = dump(office)
    out = cli("--db", office, "exchange", "open", world["bx"], ok=False)
    assert "là báo cáo của đơn vị, không phải gói giao dữ liệu" in out
    assert dump(office) == before


def test_an_agency_refuses_a_flipped_slice_and_one_from_another_secretariat(world, cli):
    tmp, office = world["tmp"], world["bx_office"]
    before = dump(office)
    flipped = _flip(tmp / "BX-vanphong.goi", tmp / "flipped-slice.goi")
    assert "bị hỏng hoặc đã bị sửa đổi" in cli(
        "--db", office, "exchange", "open", flipped, ok=False
    )
    other = tmp / "other" / "vanphong.db"
    other.parent.mkdir()
    load_small(other)
    cli("--db", other, "exchange", "issue", "--agency", "BX", "--out", tmp / "foreign.goi")
    out = cli("--db", office, "exchange", "open", tmp / "foreign.goi", ok=False)
    assert "là dữ liệu của ban chỉ đạo khác" in out
    sp_slice = tmp / "SP-vanphong.goi"
    assert "giao cho UBND thị xã Sa Pa" in cli(
        "--db", office, "exchange", "open", sp_slice, ok=False
    )
    assert dump(office) == before


def test_a_slice_is_never_opened_into_the_secretariats_register(world, cli):
    sec = world["sec"]
    before = dump(sec)
    out = cli("--db", sec, "exchange", "open", world["tmp"] / "BX-vanphong.goi", ok=False)
    assert "đã có dữ liệu của Văn phòng" in out
    assert dump(sec) == before


def test_every_single_flipped_byte_is_refused(world):
    """Wherever the damage falls, the package is refused (never a traceback, never used)."""
    data = world["bx"].read_bytes()
    with open_db(world["sec"]):
        from dxdesk.core.exchange.offline import verify

        for i in range(len(data)):
            damaged = bytearray(data)
            damaged[i] ^= 0x10
            path = world["tmp"] / "one.goi"
            path.write_bytes(bytes(damaged))
            try:
                verify.check_report(package.read(path))
            except package.PackageRefused:
                continue
            # a byte zip ignores (a timestamp, a comment length) may leave the package intact
            assert package.read(path).payload_bytes == package.read(world["bx"]).payload_bytes
        slice_bytes = (world["tmp"] / "BX-vanphong.goi").read_bytes()
        for i in range(len(slice_bytes)):
            damaged = bytearray(slice_bytes)
            damaged[i] ^= 0x10
            path.write_bytes(bytes(damaged))
            try:
                verify.check_slice(package.read(path), None)
            except package.PackageRefused:
                continue
            assert (
                package.read(path).payload_bytes
                == package.read(world["tmp"] / "BX-vanphong.goi").payload_bytes
            )
