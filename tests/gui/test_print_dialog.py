"""File → In báo cáo… (Ctrl+P): the brief's options, a preview of page 1 built off the GUI
thread, then the PDF or the Word copy with exactly the options chosen (issue 15, "In the
window")."""

from __future__ import annotations

from datetime import date

from docx import Document as WordDocument
from pypdf import PdfReader

from dxdesk.core.reports.page_images import render_page
from tests.gui.conftest import settle


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _word_text(path) -> str:
    doc = WordDocument(str(path))
    texts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    for section in doc.sections:
        for table in section.header.tables:
            texts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def test_the_print_dialog_previews_page_one_and_saves_pdf_and_word(window, tmp_path):
    action = next(a for a in window.actions() if a.text() == "In báo cáo…")
    assert action.shortcut().toString() == "Ctrl+P"
    dialog = window.files.print_dialog()
    dialog.style.setCurrentIndex(dialog.style.findData("party"))
    dialog.as_of.set_value(date(2023, 12, 19))
    dialog.appendices.setChecked(False)
    dialog.authority.setCurrentText("TM. BAN CHỈ ĐẠO")
    dialog.signer_title.setText("Trưởng ban")
    dialog.signer_name.setText("Nguyễn Văn Ký")
    dialog.preview()
    settle(window)
    assert dialog.page_label.text().startswith("Trang 1/") and dialog.pages > 1
    assert dialog.picture.pixmap().width() == dialog.image.width() > 500  # A4 at 70 dpi

    pdf = tmp_path / "bao-cao.pdf"
    dialog.save(str(pdf), open_after=False)
    settle(window)
    text = _pdf_text(pdf)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text  # the Party style (HD 36)
    assert "T/M BAN CHỈ ĐẠO" in text and "Nguyễn Văn Ký" in text  # the signer chosen
    assert "Phụ lục I" not in text and "chi tiết tại Phụ lục" not in text  # appendices off
    assert "19/12/2023" in text
    # the preview was page 1 of exactly this document
    assert dialog.last_page.rgb == render_page(pdf, 0, 70).rgb

    dialog.word.setChecked(True)
    word = tmp_path / "bao-cao.docx"
    dialog.save(str(word), open_after=False)
    settle(window)
    text = _word_text(word)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "Nguyễn Văn Ký" in text
    assert "Phụ lục I" not in text

    dialog.appendices.setChecked(True)
    dialog.pdf.setChecked(True)
    dialog.save(str(pdf), open_after=False)
    settle(window)
    assert "Phụ lục I" in _pdf_text(pdf)
    dialog.close()


def test_the_next_page_is_rendered_on_demand(window):
    dialog = window.files.print_dialog()
    dialog.preview()
    settle(window)
    first = dialog.last_page
    dialog.next.click()
    settle(window)
    assert dialog.page_label.text().startswith("Trang 2/") and dialog.last_page != first
    dialog.close()
