"""What the record dialogs show of each entity: field labels, order, columns, long texts.

The fields themselves (kinds, required, references) come from the core's SPECS; this only
says how a person sees them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

C = "Forms"

# entity → (title, [[fields of the left column], [fields of the right column]])
FORMS: dict[str, tuple[str, list[list[str]]]] = {
    "agency": (
        QT_TRANSLATE_NOOP("Forms", "Cơ quan, đơn vị"),
        [["code", "name", "kind", "parent", "valid_from", "valid_to"]],
    ),
    "member": (
        QT_TRANSLATE_NOOP("Forms", "Thành viên Ban Chỉ đạo"),
        [["code", "name", "position", "role", "agency", "sort_order"]],
    ),
    "document": (
        QT_TRANSLATE_NOOP("Forms", "Văn bản"),
        [["code", "symbol", "style", "doc_type", "issuer", "issue_date", "subject"]],
    ),
    "meeting": (
        QT_TRANSLATE_NOOP("Forms", "Cuộc họp"),
        [
            ["code", "title", "kind", "meeting_date", "session", "place"],
            ["chair", "notice_symbol", "attendees", "agenda"],
        ],
    ),
    "conclusion": (
        QT_TRANSLATE_NOOP("Forms", "Nội dung kết luận"),
        [["code", "meeting", "seq", "text", "deadline", "agencies"]],
    ),
    "target": (
        QT_TRANSLATE_NOOP("Forms", "Mục tiêu"),
        [
            [
                "code",
                "text",
                "pillar",
                "lead_agency",
                "source_document",
                "source_meeting",
                "source_conclusion",
                "programmes",
            ],
            [
                "unit",
                "kind",
                "direction",
                "baseline",
                "target_value",
                "deadline",
                "assigned_on",
                "method",
            ],
        ],
    ),
    "task": (
        QT_TRANSLATE_NOOP("Forms", "Nhiệm vụ"),
        [
            [
                "code",
                "text",
                "lead_agency",
                "coordinators",
                "source_document",
                "source_conclusion",
                "programmes",
            ],
            [
                "deadline",
                "assigned_on",
                "status",
                "started_on",
                "completed_on",
                "pillar",
                "group",
                "blocker",
            ],
        ],
    ),
}

LONG_TEXT = {
    ("task", "text"),
    ("task", "blocker"),
    ("target", "text"),
    ("target", "method"),
    ("conclusion", "text"),
    ("document", "subject"),
    ("meeting", "attendees"),
    ("meeting", "agenda"),
}

CODE_PREFIX = {
    "task": "NV",
    "target": "MT",
    "meeting": "HN",
    "conclusion": "KL",
    "document": "VB",
    "member": "TV",
}

LABELS: dict[str, str] = {
    "code": QT_TRANSLATE_NOOP("Forms", "Mã"),
    "name": QT_TRANSLATE_NOOP("Forms", "Tên"),
    "kind": QT_TRANSLATE_NOOP("Forms", "Loại"),
    "parent": QT_TRANSLATE_NOOP("Forms", "Cơ quan cấp trên"),
    "valid_from": QT_TRANSLATE_NOOP("Forms", "Hiệu lực từ"),
    "valid_to": QT_TRANSLATE_NOOP("Forms", "Hiệu lực đến"),
    "position": QT_TRANSLATE_NOOP("Forms", "Chức vụ"),
    "role": QT_TRANSLATE_NOOP("Forms", "Vai trò trong Ban Chỉ đạo"),
    "agency": QT_TRANSLATE_NOOP("Forms", "Cơ quan"),
    "sort_order": QT_TRANSLATE_NOOP("Forms", "Thứ tự"),
    "symbol": QT_TRANSLATE_NOOP("Forms", "Số, ký hiệu"),
    "style": QT_TRANSLATE_NOOP("Forms", "Thể thức"),
    "doc_type": QT_TRANSLATE_NOOP("Forms", "Loại văn bản"),
    "issuer": QT_TRANSLATE_NOOP("Forms", "Cơ quan ban hành"),
    "issue_date": QT_TRANSLATE_NOOP("Forms", "Ngày ban hành"),
    "subject": QT_TRANSLATE_NOOP("Forms", "Trích yếu"),
    "title": QT_TRANSLATE_NOOP("Forms", "Tên cuộc họp"),
    "meeting_date": QT_TRANSLATE_NOOP("Forms", "Ngày họp"),
    "session": QT_TRANSLATE_NOOP("Forms", "Buổi"),
    "place": QT_TRANSLATE_NOOP("Forms", "Địa điểm"),
    "chair": QT_TRANSLATE_NOOP("Forms", "Chủ trì"),
    "attendees": QT_TRANSLATE_NOOP("Forms", "Thành phần"),
    "agenda": QT_TRANSLATE_NOOP("Forms", "Nội dung chương trình"),
    "notice_symbol": QT_TRANSLATE_NOOP("Forms", "Số thông báo kết luận"),
    "meeting": QT_TRANSLATE_NOOP("Forms", "Cuộc họp"),
    "seq": QT_TRANSLATE_NOOP("Forms", "Thứ tự"),
    "text": QT_TRANSLATE_NOOP("Forms", "Nội dung"),
    "deadline": QT_TRANSLATE_NOOP("Forms", "Thời hạn"),
    "agencies": QT_TRANSLATE_NOOP("Forms", "Cơ quan được giao"),
    "pillar": QT_TRANSLATE_NOOP("Forms", "Trụ cột"),
    "source_document": QT_TRANSLATE_NOOP("Forms", "Văn bản giao"),
    "source_meeting": QT_TRANSLATE_NOOP("Forms", "Cuộc họp giao"),
    "source_conclusion": QT_TRANSLATE_NOOP("Forms", "Kết luận giao"),
    "lead_agency": QT_TRANSLATE_NOOP("Forms", "Cơ quan chủ trì"),
    "coordinators": QT_TRANSLATE_NOOP("Forms", "Cơ quan phối hợp"),
    "programmes": QT_TRANSLATE_NOOP("Forms", "Chương trình"),
    "unit": QT_TRANSLATE_NOOP("Forms", "Đơn vị tính"),
    "direction": QT_TRANSLATE_NOOP("Forms", "Chiều đánh giá"),
    "baseline": QT_TRANSLATE_NOOP("Forms", "Giá trị gốc"),
    "target_value": QT_TRANSLATE_NOOP("Forms", "Chỉ tiêu"),
    "assigned_on": QT_TRANSLATE_NOOP("Forms", "Ngày giao"),
    "method": QT_TRANSLATE_NOOP("Forms", "Căn cứ, phương pháp tính"),
    "group": QT_TRANSLATE_NOOP("Forms", "Nhóm nhiệm vụ"),
    "status": QT_TRANSLATE_NOOP("Forms", "Trạng thái"),
    "started_on": QT_TRANSLATE_NOOP("Forms", "Ngày bắt đầu"),
    "completed_on": QT_TRANSLATE_NOOP("Forms", "Ngày hoàn thành"),
    "blocker": QT_TRANSLATE_NOOP("Forms", "Khó khăn, vướng mắc"),
}

# A few fields read better with an entity-specific label.
ENTITY_LABELS: dict[tuple[str, str], str] = {
    ("agency", "name"): QT_TRANSLATE_NOOP("Forms", "Tên cơ quan"),
    ("member", "name"): QT_TRANSLATE_NOOP("Forms", "Họ và tên"),
    ("member", "agency"): QT_TRANSLATE_NOOP("Forms", "Cơ quan công tác"),
    ("task", "text"): QT_TRANSLATE_NOOP("Forms", "Nội dung nhiệm vụ"),
    ("target", "text"): QT_TRANSLATE_NOOP("Forms", "Nội dung mục tiêu"),
    ("conclusion", "text"): QT_TRANSLATE_NOOP("Forms", "Nội dung kết luận"),
    ("target", "kind"): QT_TRANSLATE_NOOP("Forms", "Dạng mục tiêu"),
    ("meeting", "kind"): QT_TRANSLATE_NOOP("Forms", "Loại cuộc họp"),
    ("agency", "kind"): QT_TRANSLATE_NOOP("Forms", "Cấp, loại"),
}


def label(entity: str, field: str) -> str:
    text = ENTITY_LABELS.get((entity, field)) or LABELS.get(field, field)
    return QCoreApplication.translate(C, text)


def title(entity: str) -> str:
    return QCoreApplication.translate(C, FORMS[entity][0])
