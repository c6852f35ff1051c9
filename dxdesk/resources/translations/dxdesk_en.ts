<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name></name>
    <message>
        <location filename="../../gui/app.py" line="78"/>
        <location filename="../../gui/app.py" line="150"/>
        <source>Không mở được sổ dữ liệu</source>
        <translation>Could not open the register</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="153"/>
        <source>{message}

Khôi phục từ bản sao lưu lúc {when} ({targets} mục tiêu, {tasks} nhiệm vụ)? Tệp hỏng được giữ lại bên cạnh.</source>
        <translation>{message}

Restore the backup taken at {when} ({targets} targets, {tasks} tasks)? The damaged file is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="171"/>
        <source>Sổ dữ liệu bị hỏng</source>
        <translation>Damaged register</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="183"/>
        <location filename="../../gui/app.py" line="186"/>
        <source>Dữ liệu mẫu</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="183"/>
        <source>Bản dxdesk này chưa có dữ liệu mẫu.</source>
        <translation>This build of dxdesk has no demo data.</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="205"/>
        <source>Tạo sổ dữ liệu mới</source>
        <translation>Create a new register</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="83"/>
        <source>Số liệu đã công bố không khớp</source>
        <translation>Published figures do not match</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="86"/>
        <source>{n} số liệu đã công bố khác với số liệu tính từ sổ. Báo cáo sẽ in số liệu tính từ sổ; hãy kiểm tra trước khi trình.</source>
        <translation>{n} published figures differ from the register. The brief prints the register&apos;s figures; check them before presenting it.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="92"/>
        <source>Vẫn in báo cáo</source>
        <translation>Print anyway</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/restore.py" line="28"/>
        <source>{when} – {targets} mục tiêu, {tasks} nhiệm vụ, {meetings} cuộc họp ({reason})</source>
        <translation>{when} – {targets} targets, {tasks} tasks, {meetings} meetings ({reason})</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/restore.py" line="44"/>
        <location filename="../../gui/dialogs/restore.py" line="89"/>
        <location filename="../../gui/dialogs/restore.py" line="99"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/restore.py" line="53"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/restore.py" line="54"/>
        <location filename="../../gui/file_actions.py" line="93"/>
        <location filename="../../gui/views/attention_reminder.py" line="50"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/restore.py" line="59"/>
        <source>Chọn bản sao lưu. Sổ hiện tại được giữ lại bên cạnh, không mất gì.</source>
        <translation>Choose a backup. The current register is kept beside it: nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/restore.py" line="90"/>
        <source>Sổ này chưa có bản sao lưu nào (Tệp → Sao lưu…).</source>
        <translation>This register has no backup yet (File → Back up…).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/restore.py" line="97"/>
        <source>Khôi phục sổ từ bản sao lưu {what}?

Sổ hiện tại được giữ lại bên cạnh.</source>
        <translation>Restore the register from the backup {what}?

The current register is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/restore.py" line="105"/>
        <source>Đã khôi phục sổ từ bản sao lưu; sổ trước đó được giữ tại {kept}.</source>
        <translation>Register restored from the backup; the previous one is kept at {kept}.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="156"/>
        <location filename="../../gui/file_actions.py" line="125"/>
        <source>Đã hủy; không có gì thay đổi.</source>
        <translation>Cancelled; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="128"/>
        <source>Chức năng này chưa có trong bản dxdesk này.</source>
        <translation>This feature is not in this build of dxdesk yet.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="129"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="136"/>
        <source>Nhập từ tệp Excel</source>
        <translation>Import from an Excel file</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="156"/>
        <source>Đang đọc {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="174"/>
        <source>Đã nhập {file}: {what}.</source>
        <translation>Imported {file}: {what}.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="179"/>
        <source>Đang nhập {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="187"/>
        <source>Xuất ra tệp Excel</source>
        <translation>Export to an Excel file</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="193"/>
        <source>Đang xuất…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="194"/>
        <source>Đã xuất ra {file}.</source>
        <translation>Exported to {file}.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="198"/>
        <source>Tạo mẫu Excel trống</source>
        <translation>New empty Excel template</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="203"/>
        <source>Đang tạo mẫu…</source>
        <translation>Writing the template…</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="204"/>
        <source>Đã tạo mẫu {file}.</source>
        <translation>Wrote the template {file}.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="213"/>
        <source>In báo cáo tóm tắt (PDF)</source>
        <translation>Print the brief (PDF)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="38"/>
        <source>Giao dữ liệu cho đơn vị</source>
        <translation>Issue data to an agency</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="38"/>
        <source>Đơn vị nhận:</source>
        <translation>Receiving agency:</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="73"/>
        <source>Lưu gói dữ liệu cho đơn vị</source>
        <translation>Save the agency&apos;s data package</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="83"/>
        <source>Đã giao dữ liệu cho {name}: {tasks} nhiệm vụ, {targets} mục tiêu ({file}).</source>
        <translation>Issued data to {name}: {tasks} tasks, {targets} targets ({file}).</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="94"/>
        <source>Đang lập gói dữ liệu…</source>
        <translation>Building the data package…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="99"/>
        <source>Mở báo cáo của đơn vị</source>
        <translation>Open an agency&apos;s report</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="109"/>
        <source>Báo cáo số {seq} của {agency}</source>
        <translation>Report no. {seq} from {agency}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="114"/>
        <source>Các thay đổi báo cáo sẽ áp dụng (+), đã có (=) và xung đột (!):</source>
        <translation>Changes the report would apply (+), already present (=) and conflicts (!):</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="115"/>
        <location filename="../../gui/views/tasks.py" line="47"/>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="121"/>
        <source>Báo cáo này đã được hợp nhất trước đây.</source>
        <translation>This report was merged before.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="123"/>
        <source>Hợp nhất báo cáo này vào sổ?</source>
        <translation>Merge this report into the register?</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="128"/>
        <source>Đang hợp nhất…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="135"/>
        <source>Đang kiểm tra báo cáo…</source>
        <translation>Checking the report…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="180"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="181"/>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="182"/>
        <source>Nội dung</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="183"/>
        <source>Giá trị của Tổ giúp việc</source>
        <translation>Secretariat&apos;s value</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="184"/>
        <source>Giá trị của đơn vị</source>
        <translation>Agency&apos;s value</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="185"/>
        <source>Người báo cáo</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="186"/>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="189"/>
        <location filename="../../gui/views/attention.py" line="63"/>
        <source>Xung đột chờ giải quyết</source>
        <translation>Conflicts awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="191"/>
        <source>{n} xung đột: giá trị của Tổ giúp việc được giữ cho đến khi có người chọn.</source>
        <translation>{n} conflicts: the secretariat&apos;s value stands until someone chooses.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="199"/>
        <source>Giữ giá trị của Tổ giúp việc</source>
        <translation>Keep the secretariat&apos;s value</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="200"/>
        <source>Nhận giá trị của đơn vị</source>
        <translation>Take the agency&apos;s value</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="214"/>
        <source>Đang tải xung đột…</source>
        <translation>Loading conflicts…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="219"/>
        <source>Hãy chọn một xung đột.</source>
        <translation>Select a conflict.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="231"/>
        <source>Đang giải quyết xung đột…</source>
        <translation>Resolving conflicts…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="232"/>
        <source>Đã giải quyết {n} xung đột.</source>
        <translation>Resolved {n} conflicts.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="239"/>
        <source>Gửi báo cáo cho Tổ giúp việc</source>
        <translation>Send a report to the secretariat</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="246"/>
        <location filename="../../gui/file_actions.py" line="222"/>
        <source>Đang lập báo cáo…</source>
        <translation>Writing the brief…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange_actions.py" line="249"/>
        <source>Đã lập báo cáo số {seq}: {n} thay đổi ({file}).</source>
        <translation>Wrote report no. {seq}: {n} changes ({file}).</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="239"/>
        <source>Đã lập báo cáo {file}.</source>
        <translation>Wrote the brief {file}.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="246"/>
        <source>Sao lưu sổ dữ liệu</source>
        <translation>Back up the register</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="254"/>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="255"/>
        <source>Đã sao lưu vào {file}.</source>
        <translation>Backed up to {file}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="43"/>
        <location filename="../../gui/views/meetings.py" line="52"/>
        <location filename="../../gui/views/meetings.py" line="105"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="44"/>
        <source>cuộc họp</source>
        <translation>meetings</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="47"/>
        <source>Thêm cuộc họp</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="47"/>
        <location filename="../../gui/views/simple.py" line="51"/>
        <location filename="../../gui/views/targets.py" line="72"/>
        <location filename="../../gui/views/tasks.py" line="122"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="51"/>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="53"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="54"/>
        <location filename="../../gui/views/meetings.py" line="79"/>
        <source>Kết luận</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="55"/>
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="51"/>
        <source>quý {roman}/{year}</source>
        <translation>Q{n} {year}</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="58"/>
        <source>Đến hạn trong 7 ngày</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="59"/>
        <source>Kết luận chưa giao</source>
        <translation>Conclusions not assigned</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="60"/>
        <source>Chưa có kết quả {p}</source>
        <translation>No result for {p}</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="62"/>
        <source>Chưa có kết quả kỳ gần nhất</source>
        <translation>No result for the last period</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="72"/>
        <location filename="../../gui/views/meetings.py" line="56"/>
        <source>Chưa giao</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="73"/>
        <source>Chưa có kết quả</source>
        <translation>No result</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="74"/>
        <source>Xung đột</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="81"/>
        <location filename="../../gui/views/attention.py" line="82"/>
        <source>Ghi tiến độ</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="81"/>
        <location filename="../../gui/views/attention.py" line="82"/>
        <source>Hoàn thành</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="84"/>
        <source>Ghi kết quả</source>
        <translation>Record result</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="85"/>
        <source>Giải quyết</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="96"/>
        <source>quá {n} ngày</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="98"/>
        <source>còn {n} ngày</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="98"/>
        <source>đến hạn hôm nay</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="100"/>
        <source>họp ngày {d}</source>
        <translation>meeting of {d}</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="103"/>
        <source>chưa có kết quả nào</source>
        <translation>no result yet</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="104"/>
        <source>kết quả gần nhất: {p}</source>
        <translation>latest result: {p}</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="105"/>
        <source>báo cáo của đơn vị {a}</source>
        <translation>report from unit {a}</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="118"/>
        <location filename="../../gui/views/attention.py" line="222"/>
        <source>Cần xử lý</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="139"/>
        <source>Công văn đôn đốc…</source>
        <translation>Reminder letter…</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="142"/>
        <source>Lập công văn đôn đốc gửi cơ quan chủ trì của dòng đang chọn (PDF hoặc Word); kết luận giao cho nhiều cơ quan: hỏi gửi cơ quan nào</source>
        <translation>Write a reminder letter to the selected row&apos;s lead agency (PDF or Word); for a conclusion given to several agencies, asks which one</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="166"/>
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="171"/>
        <source>Tình trạng</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="172"/>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="224"/>
        <source>tính đến ngày {d}</source>
        <translation>as of {d}</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="233"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="236"/>
        <source>Đang đọc những việc cần xử lý…</source>
        <translation>Reading what needs attention…</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="240"/>
        <source>Tất cả ({n})</source>
        <translation>All ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="259"/>
        <source>Không có việc nào cần xử lý.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="261"/>
        <source>Bấm vào thao tác của một dòng để xử lý ngay.</source>
        <translation>Click a row&apos;s action to deal with it at once.</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention_reminder.py" line="32"/>
        <source>Công văn đôn đốc</source>
        <translation>Reminder letter</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention_reminder.py" line="34"/>
        <source>Nội dung kết luận {code} giao cho {n} cơ quan. Gửi công văn đôn đốc cho:</source>
        <translation>Conclusion {code} is given to {n} agencies. Send the reminder letter to:</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention_reminder.py" line="49"/>
        <source>Lập công văn…</source>
        <translation>Write the letter…</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention_reminder.py" line="76"/>
        <source>Lưu công văn đôn đốc</source>
        <translation>Save the reminder letter</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention_reminder.py" line="92"/>
        <source>Đã lưu công văn đôn đốc gửi {agency}: {file}</source>
        <translation>Saved the reminder letter to {agency}: {file}</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention_reminder.py" line="94"/>
        <source>Đang lập công văn đôn đốc…</source>
        <translation>Writing the reminder letter…</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="57"/>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="167"/>
        <location filename="../../gui/views/meetings.py" line="58"/>
        <location filename="../../gui/views/meetings.py" line="104"/>
        <location filename="../../gui/views/simple.py" line="55"/>
        <location filename="../../gui/views/simple.py" line="107"/>
        <location filename="../../gui/views/simple.py" line="150"/>
        <location filename="../../gui/views/targets.py" line="80"/>
        <location filename="../../gui/views/tasks.py" line="26"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="59"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="60"/>
        <location filename="../../gui/views/targets.py" line="90"/>
        <location filename="../../gui/views/tasks.py" line="28"/>
        <location filename="../../gui/views/tasks.py" line="79"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="80"/>
        <source>nội dung kết luận</source>
        <translation>conclusions</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="84"/>
        <source>Thêm kết luận</source>
        <translation>New conclusion</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="83"/>
        <location filename="../../gui/views/meetings.py" line="86"/>
        <location filename="../../gui/views/meetings.py" line="144"/>
        <location filename="../../gui/views/meetings.py" line="173"/>
        <source>Giao nhiệm vụ</source>
        <translation>Assign as task</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="86"/>
        <source>Tạo nhiệm vụ từ nội dung kết luận đang chọn</source>
        <translation>Create a task from the selected conclusion</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="91"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="92"/>
        <location filename="../../gui/views/meetings.py" line="236"/>
        <source>Nội dung kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="93"/>
        <source>Cơ quan được giao</source>
        <translation>Assigned agencies</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="170"/>
        <location filename="../../gui/views/meetings.py" line="94"/>
        <location filename="../../gui/views/tasks.py" line="29"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/task_status.py" line="44"/>
        <source>Đánh dấu hoàn thành nhiệm vụ {code}</source>
        <translation>Mark task {code} done</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/task_status.py" line="46"/>
        <source>Không thực hiện nữa nhiệm vụ {code}</source>
        <translation>Stop task {code} (no longer carried out)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/task_status.py" line="58"/>
        <location filename="../../gui/views/meetings.py" line="95"/>
        <location filename="../../gui/views/simple.py" line="62"/>
        <location filename="../../gui/views/tasks.py" line="118"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="103"/>
        <source>Ngày không hợp lệ: hãy viết dd/mm/yyyy, ví dụ 19/12/2023.</source>
        <translation>Invalid date: write dd/mm/yyyy, for example 19/12/2023.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="105"/>
        <source>không có năm 0</source>
        <translation>there is no year 0</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="107"/>
        <source>không có tháng {m}</source>
        <translation>there is no month {m}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="109"/>
        <source>không có ngày 0</source>
        <translation>there is no day 0</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="111"/>
        <source>tháng {m}/{y} chỉ có {n} ngày</source>
        <translation>{m}/{y} has only {n} days</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="114"/>
        <source>Ngày {d} không có thật: {why}.</source>
        <translation>The date {d} does not exist: {why}.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/task_status.py" line="74"/>
        <source>Hãy ghi ngày hoàn thành.</source>
        <translation>Enter the completion date.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/task_status.py" line="80"/>
        <source>Đã cập nhật nhiệm vụ {code}: {status}, ngày {day}.</source>
        <translation>Task {code} updated: {status}, on {day}.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/task_status.py" line="105"/>
        <source>Đã mở lại nhiệm vụ {code}: Đang triển khai (Ctrl+Z để hoàn tác).</source>
        <translation>Task {code} reopened: In progress (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/task_status.py" line="110"/>
        <location filename="../../gui/views/tasks.py" line="270"/>
        <source>Mở lại nhiệm vụ</source>
        <translation>Reopen task</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/task_status.py" line="170"/>
        <source>Tại ngày xem {day}, danh sách sẽ ghi: {state}</source>
        <translation>At the viewing date {day}, the lists will show: {state}</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="98"/>
        <location filename="../../gui/views/targets.py" line="84"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="106"/>
        <location filename="../../gui/views/simple.py" line="61"/>
        <location filename="../../gui/views/targets.py" line="68"/>
        <source>Mục tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="120"/>
        <source>Mọi kết quả</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="174"/>
        <source>Kết luận {code} đã có nhiệm vụ {tasks}. Giao thêm một nhiệm vụ nữa?</source>
        <translation>Conclusion {code} already has task {tasks}. Assign another task?</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="193"/>
        <source>Giao nhiệm vụ từ kết luận {code}</source>
        <translation>Assign a task from conclusion {code}</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="197"/>
        <source>Đã giao nhiệm vụ {task} từ kết luận {item}.</source>
        <translation>Created task {task} from conclusion {item}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/meetings.py" line="209"/>
        <source>Cuộc họp &amp; Kết luận</source>
        <translation>Meetings &amp; Conclusions</translation>
    </message>
    <message>
        <location filename="../../gui/views/records.py" line="48"/>
        <source>Xóa {what} {code}?
{label}

Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Delete {what} {code}?
{label}

Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../gui/views/records.py" line="51"/>
        <location filename="../../gui/views/records.py" line="63"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/views/records.py" line="60"/>
        <source>Đã xóa {what} {code} (Ctrl+Z để hoàn tác).</source>
        <translation>Deleted {what} {code} (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="48"/>
        <location filename="../../gui/views/simple.py" line="88"/>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="49"/>
        <source>văn bản</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="51"/>
        <source>Thêm văn bản</source>
        <translation>New document</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="56"/>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="57"/>
        <source>Loại văn bản</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="58"/>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="59"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="60"/>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="64"/>
        <source>Thể thức</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="75"/>
        <source>Mọi thể thức</source>
        <translation>All styles</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="81"/>
        <source>Mọi loại văn bản</source>
        <translation>All document types</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention_reminder.py" line="45"/>
        <location filename="../../gui/views/simple.py" line="99"/>
        <source>Cơ quan</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="100"/>
        <source>cơ quan</source>
        <translation>agencies</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="102"/>
        <source>Thêm cơ quan</source>
        <translation>New agency</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="108"/>
        <source>Tên cơ quan, đơn vị</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="109"/>
        <source>Cấp, loại</source>
        <translation>Level, kind</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="110"/>
        <source>Nhiệm vụ chủ trì</source>
        <translation>Tasks led</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="57"/>
        <location filename="../../gui/views/attention.py" line="70"/>
        <location filename="../../gui/views/simple.py" line="111"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="112"/>
        <location filename="../../gui/views/simple.py" line="143"/>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="113"/>
        <source>Cấp trên</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="114"/>
        <source>Hiệu lực từ</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="115"/>
        <source>Hiệu lực đến</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="125"/>
        <source>Mọi cấp, loại</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="144"/>
        <source>thành viên</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="146"/>
        <source>Thêm thành viên</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="151"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="152"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="153"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="154"/>
        <source>Cơ quan công tác</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="164"/>
        <source>Mọi vai trò</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="179"/>
        <source>Cơ quan &amp; Thành viên</source>
        <translation>Agencies &amp; Members</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="183"/>
        <source>Cơ quan, đơn vị</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../gui/views/simple.py" line="184"/>
        <source>Thành viên Ban Chỉ đạo</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="69"/>
        <source>mục tiêu</source>
        <translation>targets</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="72"/>
        <source>Thêm mục tiêu</source>
        <translation>New target</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="73"/>
        <location filename="../../gui/views/targets.py" line="163"/>
        <source>Ghi kết quả…</source>
        <translation>Record result…</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="81"/>
        <source>Nội dung mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="83"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="85"/>
        <source>% kế hoạch</source>
        <translation>% of plan</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="87"/>
        <source>Mức đánh giá</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="89"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="91"/>
        <location filename="../../gui/views/tasks.py" line="50"/>
        <source>Trụ cột</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="92"/>
        <location filename="../../gui/views/tasks.py" line="49"/>
        <source>Nguồn giao</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="82"/>
        <source>Kế hoạch năm</source>
        <translation>Year’s plan</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="37"/>
        <source>top {rank}/{of}</source>
        <translation>top {rank} of {of}</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="39"/>
        <source>top {rank}</source>
        <translation>top {rank}</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="41"/>
        <source>Chỉ số: {index}</source>
        <translation>Index: {index}</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="41"/>
        <source>Mục tiêu: {goal}</source>
        <translation>Goal: {goal}</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="44"/>
        <source>Chưa có thứ hạng được công bố.</source>
        <translation>No rank published yet.</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="46"/>
        <source>Thứ hạng dùng để đánh giá: {rank}/{of} (năm {year})</source>
        <translation>Rank judged from: {rank} of {of} ({year})</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="48"/>
        <source>Ngưỡng đạt với {of} tỉnh: hạng {limit} trở lên</source>
        <translation>Met with {of} provinces ranked: rank {limit} or better</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="52"/>
        <source>Đánh giá: đạt</source>
        <translation>Verdict: met</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="52"/>
        <source>Đánh giá: chưa đạt</source>
        <translation>Verdict: not met</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="53"/>
        <source>Theo thứ hạng chỉ số</source>
        <translation>Judged from an index rank</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="93"/>
        <source>Chỉ tiêu cuối kỳ</source>
        <translation>Final target</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="94"/>
        <source>Giá trị gốc</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="97"/>
        <source>Chiều đánh giá</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="103"/>
        <source>Dạng</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="113"/>
        <location filename="../../gui/views/tasks.py" line="156"/>
        <source>Mọi trụ cột</source>
        <translation>All pillars</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="119"/>
        <location filename="../../gui/views/tasks.py" line="160"/>
        <source>Mọi cơ quan</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="125"/>
        <location filename="../../gui/views/tasks.py" line="166"/>
        <source>Mọi nguồn giao</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="131"/>
        <source>Mọi mức đánh giá</source>
        <translation>All bands</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="150"/>
        <source>Kết quả theo kỳ</source>
        <translation>Results by period</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="152"/>
        <source>Chưa có kết quả.</source>
        <translation>No results yet.</translation>
    </message>
    <message>
        <location filename="../../gui/views/targets.py" line="164"/>
        <source>Kết quả theo đơn vị…</source>
        <translation>Values by unit…</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="27"/>
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="32"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="40"/>
        <source>Tiến độ</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="48"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="51"/>
        <source>Nhóm nhiệm vụ</source>
        <translation>Task group</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="52"/>
        <source>Ngày giao</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/task_status.py" line="60"/>
        <location filename="../../gui/views/tasks.py" line="53"/>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="54"/>
        <source>Khó khăn, vướng mắc</source>
        <translation>Blockers</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="55"/>
        <source>Ghi tiến độ gần nhất</source>
        <translation>Last progress note</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="71"/>
        <location filename="../../gui/views/tasks.py" line="56"/>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="74"/>
        <source>Chưa giao cơ quan chủ trì</source>
        <translation>No lead agency yet</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="97"/>
        <source>Sắp đến hạn (7 ngày)</source>
        <translation>Due soon (7 days)</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="119"/>
        <source>nhiệm vụ</source>
        <translation>tasks</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="122"/>
        <source>Thêm nhiệm vụ</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="123"/>
        <location filename="../../gui/views/tasks.py" line="268"/>
        <source>Ghi tiến độ…</source>
        <translation>Progress note…</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="124"/>
        <source>Hoàn thành…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="124"/>
        <source>Đánh dấu hoàn thành</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="163"/>
        <source>Chủ trì hoặc phối hợp</source>
        <translation>Lead or coordinating</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="172"/>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="176"/>
        <source>Mọi tiến độ</source>
        <translation>All timeliness</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="177"/>
        <source>Mọi kỳ</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="180"/>
        <source>Mọi thay đổi</source>
        <translation>All changes</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="228"/>
        <source>Hạn trong {p}</source>
        <translation>Due in {p}</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="229"/>
        <source>Giao trong {p}</source>
        <translation>Assigned in {p}</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="230"/>
        <source>Hoàn thành trong {p}</source>
        <translation>Completed in {p}</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="254"/>
        <source>Chưa có ghi chú tiến độ.</source>
        <translation>No progress notes yet.</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="262"/>
        <source>Ghi chú tiến độ</source>
        <translation>Progress notes</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="272"/>
        <source>Đánh dấu hoàn thành…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <location filename="../../gui/views/tasks.py" line="273"/>
        <source>Không thực hiện nữa…</source>
        <translation>No longer carried out…</translation>
    </message>
    <message>
        <location filename="../../gui/merge_actions.py" line="92"/>
        <source>Kế tục cơ quan</source>
        <translation>Agency succession</translation>
    </message>
    <message>
        <location filename="../../gui/merge_actions.py" line="44"/>
        <source>Gộp sổ dữ liệu khác vào sổ này</source>
        <translation>Merge another register into this one</translation>
    </message>
    <message>
        <location filename="../../gui/merge_actions.py" line="83"/>
        <source>Ngày “{d}” không hợp lệ: hãy viết dd/mm/yyyy.</source>
        <translation>The date “{d}” is not valid: write dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../gui/merge_actions.py" line="89"/>
        <source>Từ ngày {d}, {new} kế tục {old} và nhận các nhiệm vụ, mục tiêu đang thực hiện của {old}?</source>
        <translation>From {d}, {new} succeeds {old} and takes over the open tasks and targets of {old}?</translation>
    </message>
    <message>
        <location filename="../../gui/merge_actions.py" line="107"/>
        <source>Đang chuyển giao công việc…</source>
        <translation>Handing over the work…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/guide.py" line="23"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/guide.py" line="29"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="37"/>
        <source>Đã hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="38"/>
        <source>Mới quá hạn</source>
        <translation>Newly overdue</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="39"/>
        <source>Giao mới</source>
        <translation>Newly assigned</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="40"/>
        <source>Bắt đầu triển khai</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="41"/>
        <source>Không thực hiện nữa</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="72"/>
        <source>Có thay đổi kể từ {d}</source>
        <translation>Changed since {d}</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="73"/>
        <source>{what} kể từ {d}</source>
        <translation>{what} since {d}</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="92"/>
        <source>+{n} hoàn thành</source>
        <translation>+{n} completed</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="93"/>
        <source>{n} mới quá hạn</source>
        <translation>{n} newly overdue</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="94"/>
        <source>{n} giao mới</source>
        <translation>{n} newly assigned</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="95"/>
        <source>{n} bắt đầu triển khai</source>
        <translation>{n} started</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="96"/>
        <source>{n} không thực hiện nữa</source>
        <translation>{n} dropped</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="100"/>
        <source>kể từ {d}</source>
        <translation>since {d}</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="102"/>
        <source>Không có thay đổi nào kể từ {d}</source>
        <translation>No change since {d}</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="110"/>
        <source>đổi ngày</source>
        <translation>change date</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="148"/>
        <source>So sánh với ngày</source>
        <translation>Compare with a date</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="151"/>
        <source>cuộc họp gần nhất</source>
        <translation>the last meeting</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="154"/>
        <source>Các thay đổi (hoàn thành, mới quá hạn, giao mới…) được tính từ ngày này đến ngày xem. Để trống: từ cuộc họp gần nhất trước ngày xem.</source>
        <translation>Changes (completed, newly overdue, newly assigned…) are counted from this date to the viewing date. Empty: from the last meeting before the viewing date.</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="161"/>
        <source>Kể từ ngày</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="165"/>
        <source>Cuộc họp gần nhất</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <location filename="../../gui/views/since.py" line="183"/>
        <source>Ngày không hợp lệ: hãy viết dd/mm/yyyy, ví dụ 12/10/2023.</source>
        <translation>Invalid date: write dd/mm/yyyy, for example 12/10/2023.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="132"/>
        <location filename="../../gui/dialogs/conflict.py" line="167"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="137"/>
        <source>cán bộ khác</source>
        <translation>another officer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="140"/>
        <source>{who} đã lưu thay đổi{when} sau khi bạn mở ({fields}); chưa có gì được ghi. Hãy xem lại rồi làm lại nếu vẫn cần.</source>
        <translation>{who} saved a change{when} after you opened it ({fields}); nothing has been written. Look again and do it again if it is still needed.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="142"/>
        <source> lúc {at}</source>
        <translation> at {at}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="170"/>
        <source>{who} đã lưu “{value}”</source>
        <translation>{who} saved “{value}”</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="173"/>
        <source>Biểu mẫu được giữ để bạn sửa lại; Lưu sẽ thay giá trị người khác đã lưu.</source>
        <translation>The form is kept for you to edit; Save replaces the value the other officer saved.</translation>
    </message>
    <message>
        <location filename="../../gui/server_open.py" line="58"/>
        <source>Không mở được sổ trên máy chủ</source>
        <translation>Could not open the register on the server</translation>
    </message>
    <message>
        <location filename="../../gui/server_open.py" line="85"/>
        <source>Kết nối máy chủ</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <location filename="../../gui/server_watch.py" line="90"/>
        <source>Sổ vừa được cán bộ khác cập nhật: đã tải lại.</source>
        <translation>Another officer has just updated the register: reloaded.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/dialogs/about.py" line="31"/>
        <source>Giới thiệu dxdesk</source>
        <translation>About dxdesk</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="37"/>
        <source>Sổ theo dõi mục tiêu, nhiệm vụ, cuộc họp và kết luận của Ban Chỉ đạo chuyển đổi số.</source>
        <translation>The register of targets, tasks, meetings and conclusions of a digital-transformation steering committee.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="42"/>
        <source>Giấy phép MIT.</source>
        <translation>MIT licence.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="45"/>
        <source>Tệp cài đặt</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="52"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="208"/>
        <source>Thông qua dự thảo {code}</source>
        <translation>Adopt draft {code}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="211"/>
        <source>Thông qua…</source>
        <translation>Adopt…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="215"/>
        <source>Mỗi chỉ tiêu (phiên bản mới nhất) thành một mục tiêu của sổ, với mốc năm 2025 và 2030, nguồn là văn bản thông qua: {codes}.</source>
        <translation>Each indicator (latest version) becomes a target of the register, with its 2025 and 2030 milestones, its source the adopting document: {codes}.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="223"/>
        <source>ví dụ NQ- (khi mã chỉ tiêu đã là mã mục tiêu)</source>
        <translation>e.g. NQ- (when an indicator&apos;s code is already a target&apos;s)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="225"/>
        <source>Văn bản thông qua</source>
        <translation>Adopting document</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="226"/>
        <source>Tiền tố mã mục tiêu</source>
        <translation>Target code prefix</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="233"/>
        <source>Hãy chọn văn bản thông qua dự thảo.</source>
        <translation>Choose the document adopting the draft.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="238"/>
        <source>Thông qua dự thảo {code} bằng văn bản {doc}? {n} chỉ tiêu sẽ thành mục tiêu của sổ (mã {first}…), dự thảo không sửa được nữa. Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Adopt draft {code} by document {doc}? {n} indicators will become targets of the register (codes {first}…) and the draft can no longer be edited. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="241"/>
        <source>Thông qua dự thảo?</source>
        <translation>Adopt the draft?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="247"/>
        <source>Đã thông qua dự thảo {code}: {n} mục tiêu mới.</source>
        <translation>Draft {code} adopted: {n} new targets.</translation>
    </message>
</context>
<context>
    <name>AsOfBar</name>
    <message>
        <location filename="../../gui/widgets/bars.py" line="43"/>
        <source>Mọi danh sách và số liệu tính đến ngày này</source>
        <translation>Every list and figure as of this date</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/bars.py" line="47"/>
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/bars.py" line="51"/>
        <source>Danh sách, số liệu và biểu đồ chỉ tính việc của chương trình này</source>
        <translation>Lists, figures and charts count this programme&apos;s work only</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/bars.py" line="53"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/bars.py" line="54"/>
        <source>Tính đến ngày hôm nay</source>
        <translation>As of today</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/bars.py" line="58"/>
        <source>Tính đến ngày</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/bars.py" line="60"/>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/bars.py" line="80"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/bars.py" line="89"/>
        <source>Không thuộc chương trình nào</source>
        <translation>No programme</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/bars.py" line="101"/>
        <source>(theo ngày)</source>
        <translation>(by date)</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../../gui/views/attention.py" line="168"/>
        <source>Nội dung</source>
        <translation>Task or item</translation>
    </message>
    <message>
        <location filename="../../gui/views/attention.py" line="169"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="81"/>
        <source>gõ mã hoặc tên, không cần dấu</source>
        <translation>type a code or a name, accents optional</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="45"/>
        <source>Thêm ý kiến góp ý – {code}</source>
        <translation>Add a comment – {code}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="51"/>
        <source>khi không là thành viên hay cơ quan trong sổ</source>
        <translation>when not a member or an agency of the register</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="53"/>
        <source>(không về một chỉ tiêu)</source>
        <translation>(not about one indicator)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="58"/>
        <source>ví dụ Mục II.1, Phần đánh giá tình hình</source>
        <translation>e.g. Mục II.1, Phần đánh giá tình hình</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="64"/>
        <source>cần khi giải trình hoặc không tiếp thu</source>
        <translation>required when explained or not taken in</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="65"/>
        <source>Thành viên góp ý</source>
        <translation>Member commenting</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="66"/>
        <source>hoặc cơ quan</source>
        <translation>or agency</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="67"/>
        <source>hoặc người góp ý khác</source>
        <translation>or another commenter</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="68"/>
        <source>Về chỉ tiêu</source>
        <translation>On indicator</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="69"/>
        <source>hoặc đoạn văn</source>
        <translation>or passage</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="70"/>
        <source>Nội dung góp ý</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="71"/>
        <source>Ngày nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="72"/>
        <source>Xử lý</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="73"/>
        <source>Lý do, cách tiếp thu</source>
        <translation>Reason, how taken in</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="96"/>
        <source>Hãy ghi nội dung góp ý.</source>
        <translation>Write the comment.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="102"/>
        <source>Đã ghi ý kiến góp ý vào dự thảo {code}.</source>
        <translation>Comment recorded on draft {code}.</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="108"/>
        <source>Thông tin Ban Chỉ đạo</source>
        <translation>Committee details</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="116"/>
        <source>Tên và người ký của Ban Chỉ đạo được in trên mọi báo cáo, thông báo. Có thể sửa sau trong Công cụ → Cài đặt…, trang “Ban Chỉ đạo”.</source>
        <translation>The committee&apos;s name and signer are printed on every report and notice. You can change them later in Tools → Settings…, tab “Committee”.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="124"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="136"/>
        <source>Hãy ghi tên Ban Chỉ đạo.</source>
        <translation>Enter the committee&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="141"/>
        <source>Đã lưu thông tin Ban Chỉ đạo.</source>
        <translation>Committee details saved.</translation>
    </message>
</context>
<context>
    <name>CommitteeFields</name>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="31"/>
        <source>Tên Ban Chỉ đạo</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="32"/>
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="33"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="34"/>
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="35"/>
        <source>Địa danh ghi ngày tháng</source>
        <translation>Place in the date line</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="36"/>
        <source>Ký hiệu trong số văn bản</source>
        <translation>Symbol in document numbers</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="37"/>
        <source>Thể thức văn bản</source>
        <translation>Document style</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="38"/>
        <source>Cơ quan thường trực</source>
        <translation>Standing agency</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="39"/>
        <source>Quyền hạn ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="40"/>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="41"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="44"/>
        <source>ví dụ Ban Chỉ đạo chuyển đổi số tỉnh Lào Cai</source>
        <translation>e.g. Ban Chỉ đạo chuyển đổi số tỉnh Lào Cai</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="45"/>
        <source>ví dụ Lào Cai (trong “Lào Cai, ngày … tháng … năm …”)</source>
        <translation>e.g. Lào Cai (in “Lào Cai, ngày … tháng … năm …”)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="46"/>
        <source>ví dụ BCĐCĐS (trong “09-KH/BCĐCĐS”)</source>
        <translation>e.g. BCĐCĐS (in “09-KH/BCĐCĐS”)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="47"/>
        <source>ví dụ KT. TRƯỞNG BAN</source>
        <translation>e.g. KT. TRƯỞNG BAN</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/committee.py" line="48"/>
        <source>ví dụ PHÓ TRƯỞNG BAN THƯỜNG TRỰC</source>
        <translation>e.g. PHÓ TRƯỞNG BAN THƯỜNG TRỰC</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="53"/>
        <source>cán bộ khác</source>
        <translation>another officer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="56"/>
        <source>{what} {code} đã được sửa sau khi bạn mở</source>
        <translation>{what} {code} was changed after you opened it</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="61"/>
        <source> lúc {at}</source>
        <translation> at {at}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="64"/>
        <source>Trong lúc bạn sửa, {who} đã lưu thay đổi{when}. Chưa có gì được ghi và không thay đổi nào bị mất: hãy chọn giá trị được lưu.</source>
        <translation>While you were editing, {who} saved a change{when}. Nothing has been written and no change is lost: choose the value to save.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="73"/>
        <source>Giữ giá trị của tôi</source>
        <translation>Keep my value</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="74"/>
        <source>Lấy giá trị của {who}</source>
        <translation>Take {who}&apos;s value</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="75"/>
        <source>Sửa lại…</source>
        <translation>Edit again…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="76"/>
        <source>Lưu giá trị bạn đã nhập, thay giá trị {who} đã lưu.</source>
        <translation>Save the value you entered, replacing the one {who} saved.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="78"/>
        <source>Giữ giá trị {who} đã lưu; các thay đổi khác của bạn vẫn được lưu.</source>
        <translation>Keep the value {who} saved; your other changes are still saved.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="81"/>
        <source>Quay lại biểu mẫu để ghi giá trị khác (giá trị {who} đã lưu hiện dưới ô).</source>
        <translation>Go back to the form to enter another value ({who}&apos;s value is shown under the field).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="97"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="99"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="100"/>
        <source>Khi bạn mở</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="101"/>
        <source>{who} đã lưu</source>
        <translation>{who} saved</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflict.py" line="102"/>
        <source>Bạn định lưu</source>
        <translation>You were saving</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="43"/>
        <source>Kết nối máy chủ</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="48"/>
        <source>Sổ dữ liệu dùng chung của nhiều cán bộ được lưu trên máy chủ PostgreSQL do bộ phận công nghệ thông tin quản lý. Hãy hỏi bộ phận đó các thông tin dưới đây.</source>
        <translation>A register shared by several officers is kept on a PostgreSQL server run by the IT department. Ask them for the details below.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="55"/>
        <source>ví dụ may-chu.sotttt.gov.vn</source>
        <translation>e.g. may-chu.sotttt.gov.vn</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="63"/>
        <source>ví dụ vanphong</source>
        <translation>e.g. vanphong</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="76"/>
        <source>Ghi nhớ mật khẩu trong kho mật khẩu của hệ điều hành</source>
        <translation>Remember the password in the operating system&apos;s credential store</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="90"/>
        <source>Máy này không có kho mật khẩu của hệ điều hành: dxdesk không lưu mật khẩu và sẽ hỏi lại mỗi lần kết nối.</source>
        <translation>This computer has no operating-system credential store: dxdesk does not keep the password and will ask for it at each connection.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="95"/>
        <source>Máy chủ</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="96"/>
        <source>Cổng</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="97"/>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="98"/>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="99"/>
        <source>Mã hóa (TLS)</source>
        <translation>Encryption (TLS)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="100"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="111"/>
        <source>Kết nối</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="112"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="127"/>
        <source>Mã hóa nếu máy chủ hỗ trợ (prefer)</source>
        <translation>Encrypt if the server supports it (prefer)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="128"/>
        <source>Bắt buộc mã hóa (require)</source>
        <translation>Always encrypt (require)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="129"/>
        <source>Bắt buộc mã hóa, kiểm tra chứng chỉ (verify-ca)</source>
        <translation>Always encrypt, check the certificate (verify-ca)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="132"/>
        <source>Bắt buộc mã hóa, kiểm tra chứng chỉ và tên máy chủ (verify-full)</source>
        <translation>Always encrypt, check the certificate and the server&apos;s name (verify-full)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="134"/>
        <source>Chỉ mã hóa khi máy chủ đòi (allow)</source>
        <translation>Encrypt only when the server requires it (allow)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="135"/>
        <source>Không mã hóa (disable)</source>
        <translation>No encryption (disable)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/connect.py" line="165"/>
        <source>Đang kết nối {where}…</source>
        <translation>Connecting to {where}…</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../gui/widgets/dates.py" line="40"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="47"/>
        <source>Chọn trên lịch</source>
        <translation>Pick on the calendar</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../gui/views/detail.py" line="74"/>
        <source>Chọn một dòng để xem chi tiết.</source>
        <translation>Select a row to see its details.</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../gui/views/drafts.py" line="24"/>
        <source>Dự thảo &amp; Góp ý</source>
        <translation>Drafts &amp; Comments</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="28"/>
        <source>In bảng tổng hợp ý kiến…</source>
        <translation>Print the table of comments…</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="34"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="35"/>
        <source>Lần</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="36"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="37"/>
        <source>Năm 2025</source>
        <translation>2025</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="38"/>
        <source>Năm 2030</source>
        <translation>2030</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="39"/>
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="46"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="47"/>
        <source>Người góp ý</source>
        <translation>Commented by</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="48"/>
        <source>Về</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="49"/>
        <source>Nội dung góp ý</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="50"/>
        <source>Xử lý</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="51"/>
        <source>Lý do, cách tiếp thu</source>
        <translation>Reason, how taken in</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="59"/>
        <source>Thêm chỉ tiêu…</source>
        <translation>Add indicator…</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="60"/>
        <source>Sửa chỉ tiêu…</source>
        <translation>Edit indicator…</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="61"/>
        <source>Thông qua dự thảo…</source>
        <translation>Adopt draft…</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="62"/>
        <source>Thêm góp ý…</source>
        <translation>Add comment…</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="63"/>
        <source>Xử lý góp ý…</source>
        <translation>Handle comment…</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="66"/>
        <source>Chỉ tiêu của dự thảo</source>
        <translation>The draft&apos;s indicators</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="75"/>
        <source>Ý kiến góp ý và việc tiếp thu, giải trình</source>
        <translation>Comments and how each was handled</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="111"/>
        <source>Dự thảo và góp ý không có trong sổ của đơn vị: đơn vị gửi ý kiến góp ý bằng văn bản cho Văn phòng BCĐ.</source>
        <translation>Drafts and comments are not in a unit&apos;s register: the unit sends its comments in writing to the committee&apos;s office.</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="116"/>
        <source>Sổ chưa có dự thảo nào (dxdesk draft add, hoặc trang “Dự thảo” của tệp Excel).</source>
        <translation>The register has no draft yet (dxdesk draft add, or the “Dự thảo” sheet of the workbook).</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="127"/>
        <source> Đã thông qua bởi văn bản {doc}.</source>
        <translation> Adopted by document {doc}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="133"/>
        <source>{n} ý kiến: tiếp thu {a}, giải trình {e}, không tiếp thu {r}, chưa xử lý {p}.</source>
        <translation>{n} comments: {a} taken in, {e} explained, {r} not taken in, {p} not handled yet.</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="252"/>
        <source>In bảng tổng hợp ý kiến góp ý</source>
        <translation>Print the table of comments</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="254"/>
        <source>PDF hoặc Word (*.pdf *.docx)</source>
        <translation>PDF or Word (*.pdf *.docx)</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="263"/>
        <source>Đã ghi {file}.</source>
        <translation>Wrote {file}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/drafts.py" line="264"/>
        <source>Đang in bảng tổng hợp…</source>
        <translation>Printing the table of comments…</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="16"/>
        <source>Cơ quan, đơn vị</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="20"/>
        <source>Thành viên Ban Chỉ đạo</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="24"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="28"/>
        <location filename="../../gui/dialogs/forms.py" line="134"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="35"/>
        <location filename="../../gui/dialogs/forms.py" line="166"/>
        <source>Nội dung kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="39"/>
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="64"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="110"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="111"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="112"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="113"/>
        <source>Cơ quan cấp trên</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="114"/>
        <source>Hiệu lực từ</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="115"/>
        <source>Hiệu lực đến</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="116"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="117"/>
        <source>Vai trò trong Ban Chỉ đạo</source>
        <translation>Role in the committee</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="118"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="119"/>
        <location filename="../../gui/dialogs/forms.py" line="135"/>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="120"/>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="121"/>
        <source>Thể thức</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="122"/>
        <source>Loại văn bản</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="123"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="124"/>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="125"/>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="126"/>
        <source>Tên cuộc họp</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="127"/>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="128"/>
        <source>Buổi</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="129"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="130"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="131"/>
        <source>Thành phần</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="132"/>
        <source>Nội dung chương trình</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="133"/>
        <source>Số thông báo kết luận</source>
        <translation>Conclusion notice number</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="136"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="137"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="138"/>
        <source>Cơ quan được giao</source>
        <translation>Assigned agencies</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="139"/>
        <source>Trụ cột</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="140"/>
        <source>Văn bản giao</source>
        <translation>Assigned by document</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="141"/>
        <source>Cuộc họp giao</source>
        <translation>Assigned at meeting</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="142"/>
        <source>Kết luận giao</source>
        <translation>Assigned by conclusion</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="143"/>
        <source>Cơ quan chủ trì</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="144"/>
        <source>Cơ quan phối hợp</source>
        <translation>Coordinating agencies</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="145"/>
        <source>Chương trình</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="146"/>
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="147"/>
        <source>Chiều đánh giá</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="148"/>
        <source>Giá trị gốc</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="149"/>
        <source>Chỉ tiêu</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="150"/>
        <source>Ngày giao</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="151"/>
        <source>Căn cứ, phương pháp tính</source>
        <translation>Basis, method of measurement</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="152"/>
        <source>Nhóm nhiệm vụ</source>
        <translation>Task group</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="153"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="154"/>
        <source>Ngày bắt đầu</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="155"/>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="156"/>
        <source>Khó khăn, vướng mắc</source>
        <translation>Blockers</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="161"/>
        <source>Tên cơ quan</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="162"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="163"/>
        <source>Cơ quan công tác</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="164"/>
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="165"/>
        <source>Nội dung mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="167"/>
        <source>Dạng mục tiêu</source>
        <translation>Kind of target</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="168"/>
        <source>Loại cuộc họp</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/forms.py" line="169"/>
        <source>Cấp, loại</source>
        <translation>Level, kind</translation>
    </message>
</context>
<context>
    <name>HandleDialog</name>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="110"/>
        <source>Xử lý ý kiến {seq} – {code}</source>
        <translation>Handle comment {seq} – {code}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="120"/>
        <source>cần khi giải trình hoặc không tiếp thu</source>
        <translation>required when explained or not taken in</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="121"/>
        <source>Ý kiến</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="122"/>
        <source>Xử lý</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="123"/>
        <source>Lý do, cách tiếp thu</source>
        <translation>Reason, how taken in</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="132"/>
        <source>Đã ghi cách xử lý ý kiến {seq}.</source>
        <translation>Handling of comment {seq} recorded.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="146"/>
        <source>thêm</source>
        <translation>insert</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="146"/>
        <source>sửa</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="146"/>
        <source>xóa</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="150"/>
        <source> (đã hoàn tác)</source>
        <translation> (undone)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="162"/>
        <source>Lúc</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="163"/>
        <source>Người</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="164"/>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="165"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="166"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="167"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="169"/>
        <source>Lịch sử thay đổi của {what} {code}: {n} thay đổi.</source>
        <translation>Change history of {what} {code}: {n} changes.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="174"/>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="91"/>
        <source>Tệp {file} có {n} lỗi. Không có dữ liệu nào được ghi; hãy sửa các ô dưới đây rồi nhập lại.</source>
        <translation>{file} has {n} errors. Nothing was written; fix the cells below and import again.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="94"/>
        <source>Trang tính</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="94"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="94"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="94"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="98"/>
        <source>Lỗi khi nhập tệp Excel</source>
        <translation>Errors in the Excel file</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="69"/>
        <source>Xem trước khi nhập tệp Excel</source>
        <translation>Preview of the Excel import</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="76"/>
        <source>Tệp {file}: thêm {added} bản ghi, sửa {changed} bản ghi, {unchanged} bản ghi giữ nguyên. Chưa có gì được ghi vào sổ; bấm “Nhập vào sổ” để ghi tất cả trong một lần (hoàn tác được bằng Ctrl+Z).</source>
        <translation>File {file}: records added: {added}, changed: {changed}, unchanged: {unchanged}. Nothing has been written to the register yet; click “Import into the register” to write it all at once (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="82"/>
        <source>Tệp {file} không có gì mới so với sổ ({unchanged} bản ghi giữ nguyên): không có gì để nhập.</source>
        <translation>File {file} has nothing new for the register ({unchanged} records unchanged): there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="98"/>
        <location filename="../../gui/dialogs/import_preview.py" line="121"/>
        <source>Trang tính</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="98"/>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="98"/>
        <source>Sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="98"/>
        <source>Giữ nguyên</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="122"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="123"/>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="124"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="125"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="126"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="137"/>
        <source>… và {n} thay đổi nữa (chỉ hiện {shown} dòng đầu).</source>
        <translation>… and {n} more changes (only the first {shown} rows are shown).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="149"/>
        <source>Nhập vào sổ</source>
        <translation>Import into the register</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="153"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="165"/>
        <source>thêm</source>
        <translation>add</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_preview.py" line="165"/>
        <source>sửa</source>
        <translation>change</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="145"/>
        <source>Sửa chỉ tiêu {code} – {draft}</source>
        <translation>Edit indicator {code} – {draft}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="147"/>
        <source>Thêm chỉ tiêu – {draft}</source>
        <translation>Add an indicator – {draft}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="166"/>
        <source>ví dụ Tiếp thu ý kiến 3: nâng lên 60 %</source>
        <translation>e.g. Comment 3 taken in: raised to 60 %</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="168"/>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="169"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="170"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="171"/>
        <source>Trụ cột</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="172"/>
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="173"/>
        <source>Giá trị hiện nay</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="174"/>
        <source>Năm 2025</source>
        <translation>2025</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="175"/>
        <source>Năm 2030</source>
        <translation>2030</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="176"/>
        <source>Lý do sửa</source>
        <translation>Why changed</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="183"/>
        <source>Số không hợp lệ (ví dụ 92,5).</source>
        <translation>Not a valid number (e.g. 92,5).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="186"/>
        <source>Hãy ghi mã và nội dung chỉ tiêu.</source>
        <translation>Enter the indicator&apos;s code and text.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/drafts.py" line="199"/>
        <source>Đã ghi phiên bản mới của chỉ tiêu {code}.</source>
        <translation>New version of indicator {code} recorded.</translation>
    </message>
</context>
<context>
    <name>IndicesPage</name>
    <message>
        <location filename="../../gui/views/register_pages.py" line="62"/>
        <source>hạng {rank}</source>
        <translation>rank {rank}</translation>
    </message>
    <message>
        <location filename="../../gui/views/register_pages.py" line="138"/>
        <source>Chỉ số &amp; Xếp hạng</source>
        <translation>Indices &amp; Ranks</translation>
    </message>
    <message>
        <location filename="../../gui/views/register_pages.py" line="144"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../gui/views/register_pages.py" line="145"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/views/register_pages.py" line="146"/>
        <source>Xếp hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../gui/views/register_pages.py" line="147"/>
        <source>Thay đổi thứ hạng</source>
        <translation>Change in rank</translation>
    </message>
    <message>
        <location filename="../../gui/views/register_pages.py" line="148"/>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gui/views/register_pages.py" line="152"/>
        <location filename="../../gui/views/register_pages.py" line="197"/>
        <source>Chỉ số thành phần</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../gui/views/register_pages.py" line="153"/>
        <source>Điểm và thứ hạng của tỉnh</source>
        <translation>The province&apos;s score and rank</translation>
    </message>
    <message>
        <location filename="../../gui/views/register_pages.py" line="156"/>
        <source>Chỉ số thành phần qua các năm (điểm; thứ hạng)</source>
        <translation>Components over the years (score; rank)</translation>
    </message>
    <message>
        <location filename="../../gui/views/register_pages.py" line="173"/>
        <source>Chưa có điểm, thứ hạng nào của bộ chỉ số này.</source>
        <translation>No score or rank of this index yet.</translation>
    </message>
    <message>
        <location filename="../../gui/views/register_pages.py" line="182"/>
        <source>tăng {n} bậc</source>
        <translation>up {n} places</translation>
    </message>
    <message>
        <location filename="../../gui/views/register_pages.py" line="184"/>
        <source>giảm {n} bậc</source>
        <translation>down {n} places</translation>
    </message>
    <message>
        <location filename="../../gui/views/register_pages.py" line="184"/>
        <source>giữ nguyên</source>
        <translation>unchanged</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <location filename="../../gui/widgets/bars.py" line="141"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/bars.py" line="171"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../gui/labels.py" line="22"/>
        <source>Sở, ban, ngành</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="26"/>
        <source>UBND huyện, thị xã, thành phố</source>
        <translation>District People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="21"/>
        <source>UBND tỉnh</source>
        <translation>Provincial People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="23"/>
        <source>UBND xã, thị trấn</source>
        <translation>Commune (or township) People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="24"/>
        <source>UBND phường</source>
        <translation>Ward People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="25"/>
        <source>UBND đặc khu</source>
        <translation>Special zone People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="27"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="28"/>
        <source>Trưởng ban</source>
        <translation>Head of committee</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="29"/>
        <source>Phó trưởng ban Thường trực</source>
        <translation>Standing deputy head</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="30"/>
        <source>Phó trưởng ban</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="31"/>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="32"/>
        <source>Thành viên Tổ giúp việc</source>
        <translation>Working group member</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="33"/>
        <source>Văn bản của Đảng</source>
        <translation>Party document</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="34"/>
        <source>Văn bản hành chính nhà nước</source>
        <translation>State administrative document</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="35"/>
        <source>Càng cao càng tốt</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="36"/>
        <source>Càng thấp càng tốt</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="37"/>
        <source>Số liệu</source>
        <translation>Numeric</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="38"/>
        <source>Có/Không</source>
        <translation>Yes/No</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="39"/>
        <source>Hoàn thành và vượt kế hoạch giao</source>
        <translation>Plan met or exceeded</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="40"/>
        <source>Đạt trên 70% kế hoạch</source>
        <translation>Above 70% of plan</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="41"/>
        <source>Đạt từ 50% đến 70% kế hoạch</source>
        <translation>50% to 70% of plan</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="42"/>
        <source>Dưới 50% kế hoạch</source>
        <translation>Below 50% of plan</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="43"/>
        <source>Chưa có số liệu</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="44"/>
        <source>Đã hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="45"/>
        <source>Đang triển khai</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="46"/>
        <source>Chưa triển khai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="47"/>
        <source>Không thực hiện nữa</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="48"/>
        <source>Hoàn thành đúng hạn</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="49"/>
        <source>Hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="50"/>
        <source>Đang thực hiện trong hạn</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="51"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="52"/>
        <source>Không có thời hạn</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="53"/>
        <source>Hội nghị quý</source>
        <translation>Quarterly meeting</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="54"/>
        <source>Hội nghị tổng kết năm</source>
        <translation>Year-end review</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="55"/>
        <source>Hội nghị sơ kết</source>
        <translation>Interim review</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="56"/>
        <source>Họp chuyên đề</source>
        <translation>Thematic meeting</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="57"/>
        <source>Phiên họp Ban Thường vụ</source>
        <translation>Standing board session</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="58"/>
        <source>Họp thường kỳ</source>
        <translation>Regular meeting</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="59"/>
        <source>Cuộc họp khác</source>
        <translation>Other meeting</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="60"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="61"/>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="62"/>
        <source>Chưa giao nhiệm vụ</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="63"/>
        <source>Cấp tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="64"/>
        <source>Cấp huyện (đến 30/06/2025)</source>
        <translation>District (until 30/06/2025)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="65"/>
        <source>Xã, phường, đặc khu</source>
        <translation>Commune, ward, special zone</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="66"/>
        <source>Một giá trị chung</source>
        <translation>One common value</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="67"/>
        <source>Tổng các đơn vị</source>
        <translation>Sum of the units</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="68"/>
        <source>Trung bình các đơn vị</source>
        <translation>Mean of the units</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="69"/>
        <source>Số đơn vị đạt chỉ tiêu đơn vị</source>
        <translation>Number of units reaching the unit goal</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="70"/>
        <source>Nhóm khá (một phần ba đầu)</source>
        <translation>Good group (first third)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="71"/>
        <source>Nhóm trung bình khá (nửa đầu)</source>
        <translation>Fairly good group (first half)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="72"/>
        <source>Nhóm trung bình (hai phần ba đầu)</source>
        <translation>Average group (first two thirds)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="73"/>
        <source>Chưa xử lý</source>
        <translation>Not handled yet</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="74"/>
        <source>Tiếp thu</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="75"/>
        <source>Giải trình</source>
        <translation>Explained</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="76"/>
        <source>Không tiếp thu</source>
        <translation>Not taken in</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="145"/>
        <source>năm {year}</source>
        <translation>{year}</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="146"/>
        <source>quý {q}/{year}</source>
        <translation>Q{n} {year}</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="147"/>
        <source>6 tháng đầu năm {year}</source>
        <translation>H1 {year}</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="148"/>
        <source>6 tháng cuối năm {year}</source>
        <translation>H2 {year}</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="149"/>
        <source>tháng {n}/{year}</source>
        <translation>{n:02d}/{year}</translation>
    </message>
</context>
<context>
    <name>ListFilters</name>
    <message>
        <location filename="../../gui/views/filters.py" line="96"/>
        <source>{n} {noun}</source>
        <translation>{n} {noun}</translation>
    </message>
    <message>
        <location filename="../../gui/views/filters.py" line="98"/>
        <source>{shown} / {n} {noun}</source>
        <translation>{shown} / {n} {noun}</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../gui/views/base.py" line="263"/>
        <location filename="../../gui/views/base.py" line="268"/>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="300"/>
        <source>Thêm mới…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="302"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="303"/>
        <source>Xóa…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="307"/>
        <source>Lịch sử thay đổi…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="312"/>
        <source>Sao chép dòng</source>
        <translation>Copy row</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="106"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../gui/window_pages.py" line="175"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../gui/window_pages.py" line="176"/>
        <source>Cần xử lý</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../gui/window_pages.py" line="177"/>
        <source>Mục tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../../gui/window_pages.py" line="178"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gui/window_pages.py" line="179"/>
        <source>Cuộc họp &amp; Kết luận</source>
        <translation>Meetings &amp; Conclusions</translation>
    </message>
    <message>
        <location filename="../../gui/window_pages.py" line="180"/>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../gui/window_pages.py" line="181"/>
        <source>Cơ quan &amp; Thành viên</source>
        <translation>Agencies &amp; Members</translation>
    </message>
    <message>
        <location filename="../../gui/window_pages.py" line="182"/>
        <source>Chỉ số &amp; Xếp hạng</source>
        <translation>Indices &amp; Ranks</translation>
    </message>
    <message>
        <location filename="../../gui/window_pages.py" line="183"/>
        <source>Dự thảo &amp; Góp ý</source>
        <translation>Drafts &amp; Comments</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../gui/dialogs/small.py" line="140"/>
        <source>Ghi kết quả mục tiêu {code}</source>
        <translation>Record a result for target {code}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="156"/>
        <source>2023-Q2 (quý), 2023-H1 (6 tháng), 2023-06 (tháng), 2023 (năm)</source>
        <translation>2023-Q2 (quarter), 2023-H1 (half year), 2023-06 (month), 2023 (year)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="159"/>
        <source>ví dụ 92,5</source>
        <translation>for example 92,5</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="161"/>
        <source>cuối kỳ nếu để trống</source>
        <translation>end of the period if empty</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="167"/>
        <source>Để trống: số chung của Ban Chỉ đạo; chọn một đơn vị (sở, xã…): số của đơn vị đó, được tổng hợp theo cách của mục tiêu.</source>
        <translation>Empty: the committee&apos;s own value; a unit (department, commune…): that unit&apos;s value, rolled up by the target&apos;s rule.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="172"/>
        <source>căn cứ, minh chứng</source>
        <translation>basis, evidence</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="174"/>
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="175"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="176"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="177"/>
        <source>Ngày đo</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="178"/>
        <source>Số liệu của đơn vị</source>
        <translation>Value of unit</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="179"/>
        <source>Cơ quan báo cáo</source>
        <translation>Reporting agency</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="180"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="190"/>
        <source>Kết quả hoặc ngày đo không hợp lệ (ví dụ 92,5 và 19/12/2023).</source>
        <translation>Invalid value or date (for example 92,5 and 19/12/2023).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="193"/>
        <source>Hãy ghi kết quả đạt được.</source>
        <translation>Enter the value reached.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="203"/>
        <source>Chưa ghi: kết quả cũ được giữ nguyên.</source>
        <translation>Not saved: the recorded value is kept.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="217"/>
        <source>Đã ghi kết quả mục tiêu {code}.</source>
        <translation>Recorded a result for target {code}.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="227"/>
        <source>Kỳ {period} đã có kết quả {old} (đo ngày {measured}), do {who} ghi lúc {when}.

Thay bằng {new}? Kết quả cũ và ghi chú của nó sẽ được thay (có thể hoàn tác bằng Ctrl+Z).</source>
        <translation>{period} already has the value {old} (measured on {measured}), recorded by {who} at {when}.

Replace it with {new}? The old value and its note will be replaced (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="234"/>
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="238"/>
        <source>Thay kết quả đã ghi?</source>
        <translation>Replace the recorded value?</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="39"/>
        <source>Trụ cột</source>
        <translation>Pillar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="40"/>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="41"/>
        <source>Kế tục</source>
        <translation>Succeed</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="42"/>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="43"/>
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="44"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="45"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="46"/>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="47"/>
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="48"/>
        <source>Lộ trình</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="49"/>
        <source>Kết quả đo</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="50"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="51"/>
        <source>Tiến độ</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="52"/>
        <source>Số liệu đã công bố</source>
        <translation>Published figure</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="53"/>
        <source>Chuyển giao nhiệm vụ</source>
        <translation>Task handover</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="54"/>
        <source>Chuyển giao mục tiêu</source>
        <translation>Target handover</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="55"/>
        <source>Bộ chỉ số</source>
        <translation>Index family</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="56"/>
        <source>Cấu trúc chỉ số</source>
        <translation>Index structure</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="57"/>
        <source>Điểm chỉ số</source>
        <translation>Index score</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="58"/>
        <source>Phân công chỉ số</source>
        <translation>Index assignment</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="59"/>
        <source>Mục tiêu xếp hạng</source>
        <translation>Rank goals</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="62"/>
        <source>Đổi mã bằng tiền tố</source>
        <translation>Code renamed with the prefix</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="63"/>
        <source>Bảng ánh xạ: mã mới</source>
        <translation>Mapping table: new code</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="64"/>
        <source>Bảng ánh xạ: dùng chung bản ghi đã có ở sổ này</source>
        <translation>Mapping table: the record already in this register</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="65"/>
        <source>Chưa có cách xử lý</source>
        <translation>Not resolved yet</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="103"/>
        <location filename="../../gui/dialogs/merge.py" line="267"/>
        <source>Gộp sổ</source>
        <translation>Merge register</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="108"/>
        <source>ví dụ YB: NV01 → YB-NV01</source>
        <translation>e.g. YB: NV01 → YB-NV01</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="111"/>
        <source>không dùng</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="113"/>
        <source>Sổ cần gộp:</source>
        <translation>Register to merge:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="114"/>
        <source>Tiền tố cho mã trùng:</source>
        <translation>Prefix for colliding codes:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="115"/>
        <source>Bỏ</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="118"/>
        <source>Bảng ánh xạ mã (CSV, Excel):</source>
        <translation>Code mapping table (CSV, Excel):</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="121"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="123"/>
        <location filename="../../gui/dialogs/merge.py" line="199"/>
        <source>Chọn sổ cần gộp rồi bấm Xem trước.</source>
        <translation>Choose the register to merge, then click Preview.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="128"/>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="128"/>
        <location filename="../../gui/dialogs/merge.py" line="131"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="128"/>
        <source>Số lượng</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="132"/>
        <source>Mã ở sổ kia</source>
        <translation>Code in the other register</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="133"/>
        <source>Mã ở sổ này</source>
        <translation>Code in this register</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="134"/>
        <source>Cách xử lý</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="140"/>
        <source>Gộp vào sổ này</source>
        <translation>Merge into this register</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="144"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="153"/>
        <source>Những gì sẽ được gộp:</source>
        <translation>What will be merged:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="155"/>
        <source>Mã trùng và mã theo bảng ánh xạ, cách xử lý:</source>
        <translation>Colliding and mapped codes, and how each is resolved:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="164"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="173"/>
        <source>Gộp sổ dữ liệu khác vào sổ này</source>
        <translation>Merge another register into this one</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="180"/>
        <source>Bảng ánh xạ mã</source>
        <translation>Code mapping table</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="180"/>
        <source>Bảng ánh xạ (*.csv *.xlsx);;*</source>
        <translation>Mapping table (*.csv *.xlsx);;*</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="202"/>
        <location filename="../../gui/dialogs/merge.py" line="208"/>
        <source>Đang đọc sổ cần gộp…</source>
        <translation>Reading the register to merge…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="226"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="227"/>
        <source>Dùng chung</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="229"/>
        <source>Đã gộp trước đây</source>
        <translation>Merged before</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="232"/>
        <source>Không gộp (số liệu đã công bố của sổ kia)</source>
        <translation>Not merged (the other register&apos;s published figures)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="244"/>
        <source>{n} mã trùng chưa có cách xử lý: hãy nhập tiền tố hoặc chọn bảng ánh xạ mã, rồi xem trước lại.</source>
        <translation>{n} colliding codes not resolved: enter a prefix or choose a code mapping table, then preview again.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="248"/>
        <source>Không có gì mới để gộp.</source>
        <translation>Nothing new to merge.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="250"/>
        <source>Sẽ thêm {n} bản ghi; {c} mã trùng đã có cách xử lý.</source>
        <translation>{n} records will be added; {c} colliding codes are resolved.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="265"/>
        <source>Gộp {n} bản ghi của sổ {s} vào sổ đang mở? Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Merge {n} records of the register {s} into the open register? Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="278"/>
        <location filename="../../gui/dialogs/merge.py" line="279"/>
        <source>Đã gộp sổ.</source>
        <translation>Register merged.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/merge.py" line="281"/>
        <location filename="../../gui/dialogs/merge.py" line="282"/>
        <source>Đang gộp sổ…</source>
        <translation>Merging the register…</translation>
    </message>
</context>
<context>
    <name>MultiPicker</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="151"/>
        <source>Lọc danh sách (không cần dấu)…</source>
        <translation>Filter the list (accents optional)…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../gui/dialogs/small.py" line="85"/>
        <source>Ghi tiến độ nhiệm vụ {code}</source>
        <translation>Progress note for task {code}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="94"/>
        <source>(giữ nguyên)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="97"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="99"/>
        <source>&lt;b&gt;Ngày ghi &lt;span style=&apos;color:#C0392B&apos;&gt;*&lt;/span&gt;&lt;/b&gt;</source>
        <translation>&lt;b&gt;Date &lt;span style=&apos;color:#C0392B&apos;&gt;*&lt;/span&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="101"/>
        <source>&lt;b&gt;Nội dung &lt;span style=&apos;color:#C0392B&apos;&gt;*&lt;/span&gt;&lt;/b&gt;</source>
        <translation>&lt;b&gt;Note &lt;span style=&apos;color:#C0392B&apos;&gt;*&lt;/span&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="102"/>
        <source>Trạng thái mới</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="113"/>
        <source>Hãy ghi ngày và nội dung tiến độ.</source>
        <translation>Enter the date and the progress note.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="130"/>
        <source>Đã ghi tiến độ nhiệm vụ {code}.</source>
        <translation>Added a progress note to task {code}.</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../gui/dialogs/officer.py" line="36"/>
        <source>Người ghi sổ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/officer.py" line="39"/>
        <source>Tên của anh/chị được ghi kèm mỗi thay đổi và mỗi lần ghi tiến độ, để Ban Chỉ đạo biết ai đã ghi. Có thể đổi sau trong Công cụ → Cài đặt.</source>
        <translation>Your name is recorded with every change and every progress note, so that the steering committee knows who recorded them. You can change it later in Tools → Settings.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/officer.py" line="46"/>
        <source>ví dụ: Nguyễn Thị Hoa</source>
        <translation>for example: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/officer.py" line="49"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/officer.py" line="54"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/officer.py" line="55"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../gui/ops.py" line="228"/>
        <source>Lỗi không mong đợi ({name}): {error}</source>
        <translation>Unexpected error ({name}): {error}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../gui/views/overview.py" line="115"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="121"/>
        <source>Mục tiêu theo mức đánh giá</source>
        <translation>Targets by band</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="122"/>
        <source>Nhiệm vụ theo trạng thái</source>
        <translation>Tasks by status</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="123"/>
        <source>Nhiệm vụ theo tiến độ</source>
        <translation>Tasks by timeliness</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="124"/>
        <source>Cuộc họp</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="126"/>
        <source>Cơ quan chủ trì</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="126"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="126"/>
        <source>Đang làm</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="126"/>
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="134"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="134"/>
        <source>Nội dung kết luận còn lại</source>
        <translation>Remaining conclusions</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="134"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="136"/>
        <source>Nhiệm vụ quá hạn theo cơ quan</source>
        <translation>Overdue tasks by agency</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="142"/>
        <source>Biểu đồ tiến độ</source>
        <translation>Progress charts</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="228"/>
        <source>việc không thuộc chương trình nào</source>
        <translation>work of no programme</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="230"/>
        <source>chương trình {code}</source>
        <translation>programme {code}</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="233"/>
        <source>Tình hình thực hiện</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="236"/>
        <source>tính đến ngày</source>
        <translation>as of</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="252"/>
        <location filename="../../gui/views/overview.py" line="270"/>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="276"/>
        <source>Tỷ lệ hoàn thành (QĐ 42/2014: xong ÷ (xong + quá hạn))</source>
        <translation>Completion rate (Decision 42/2014: done ÷ (done + overdue))</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="298"/>
        <source>Cuộc họp tới</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="303"/>
        <source>Chưa có lịch họp tiếp theo.</source>
        <translation>No next meeting scheduled.</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="309"/>
        <source>Cuộc họp gần nhất</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="311"/>
        <source>{left} / {n} nội dung kết luận chưa xong</source>
        <translation>{left} of {n} conclusions still open</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="324"/>
        <source>{done}/{n} xong, {na} chưa giao</source>
        <translation>{done}/{n} done, {na} not assigned</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview.py" line="365"/>
        <source>Kết luận chưa xong</source>
        <translation>Open conclusions</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../../gui/plots/texts.py" line="21"/>
        <source>Mục tiêu theo trụ cột và mức đánh giá</source>
        <translation>Targets by pillar and rating</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="22"/>
        <source>Nhiệm vụ theo trạng thái và tiến độ</source>
        <translation>Tasks by status and timeliness</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="23"/>
        <source>Tỷ lệ đã hoàn thành trên tổng số, theo thời gian</source>
        <translation>Share completed of all, over time</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="24"/>
        <source>Nhiệm vụ quá hạn, đang triển khai theo cơ quan chủ trì</source>
        <translation>Overdue and in-progress tasks by lead agency</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="25"/>
        <source>Lộ trình của một mục tiêu</source>
        <translation>Trajectory of one target</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="27"/>
        <source>tính đến ngày {day}</source>
        <translation>as of {day}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="28"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="29"/>
        <source>Chưa phân trụ cột</source>
        <translation>No pillar</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="30"/>
        <source>Số mục tiêu</source>
        <translation>Number of targets</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="31"/>
        <source>Số nhiệm vụ</source>
        <translation>Number of tasks</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="32"/>
        <source>Tỷ lệ (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="33"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="34"/>
        <source>Đang triển khai</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="35"/>
        <source>Mục tiêu đã hoàn thành</source>
        <translation>Targets completed</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="36"/>
        <source>Nhiệm vụ đã hoàn thành</source>
        <translation>Tasks completed</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="37"/>
        <source>Cuộc họp Ban Chỉ đạo</source>
        <translation>Steering committee meeting</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="38"/>
        <source>Tháng, năm {year}</source>
        <translation>Month, year {year}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="39"/>
        <source>và {n} cơ quan khác</source>
        <translation>and {n} other agencies</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="40"/>
        <source>Không có số liệu để vẽ</source>
        <translation>No figures to plot</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="41"/>
        <source>Thứ hạng {family} qua các năm</source>
        <translation>{family} rank over the years</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="42"/>
        <source>Thứ hạng (1 là cao nhất)</source>
        <translation>Rank (1 is best)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="43"/>
        <source>nhiều cuộc họp: chỉ lấy các mốc cuối quý</source>
        <translation>many meetings: quarter ends only</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="46"/>
        <source>Giá trị gốc</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="47"/>
        <source>Kết quả đo</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="48"/>
        <source>Lộ trình năm</source>
        <translation>Yearly milestone</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="49"/>
        <source>Chỉ tiêu</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="50"/>
        <source>Hạn hoàn thành</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="51"/>
        <source>Mục tiêu:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="52"/>
        <source>Chưa có mục tiêu nào.</source>
        <translation>No targets yet.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="53"/>
        <source>Đạt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="54"/>
        <source>Chưa đạt</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="57"/>
        <source>{pillar}
{band}: {n} mục tiêu ({share} của trụ cột)
Nhấp để xem danh sách.</source>
        <translation>{pillar}
{band}: {n} targets ({share} of the pillar)
Click to see the list.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="60"/>
        <source>{status} – {timeliness}: {n} nhiệm vụ ({share})
Nhấp để xem danh sách.</source>
        <translation>{status} – {timeliness}: {n} tasks ({share})
Click to see the list.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="63"/>
        <source>{agency}
{what}: {n} nhiệm vụ (tổng {total})
Nhấp để xem danh sách.</source>
        <translation>{agency}
{what}: {n} tasks (of {total})
Click to see the list.</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="66"/>
        <source>{label} ({day})
Mục tiêu hoàn thành: {t_done}/{t_total} ({t_share})
Nhiệm vụ hoàn thành: {k_done}/{k_total} ({k_share})</source>
        <translation>{label} ({day})
Targets completed: {t_done}/{t_total} ({t_share})
Tasks completed: {k_done}/{k_total} ({k_share})</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="70"/>
        <source>{period} ({day}): {value} {unit}</source>
        <translation>{period} ({day}): {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="71"/>
        <source>Lộ trình năm {year}: {value} {unit}</source>
        <translation>Milestone {year}: {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="72"/>
        <source>Chỉ tiêu: {value} {unit}, hạn {day}</source>
        <translation>Target: {value} {unit}, due {day}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="73"/>
        <source>Giá trị gốc: {value} {unit}</source>
        <translation>Baseline: {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="76"/>
        <source>Lưu ảnh PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="77"/>
        <source>Lưu ảnh SVG (vẽ lại được)…</source>
        <translation>Save as SVG (editable)…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="78"/>
        <source>Sao chép ảnh</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="79"/>
        <source>Ảnh PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="80"/>
        <source>Ảnh SVG (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="81"/>
        <source>Đã lưu biểu đồ vào {path}</source>
        <translation>Chart saved to {path}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="82"/>
        <source>Không lưu được biểu đồ</source>
        <translation>Could not save the chart</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="83"/>
        <source>Đang vẽ biểu đồ…</source>
        <translation>Drawing the chart…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="84"/>
        <source>Đang chuẩn bị biểu đồ…</source>
        <translation>Preparing the chart…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="87"/>
        <source>Mục tiêu theo trụ cột</source>
        <translation>Targets by pillar</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="88"/>
        <source>Nhiệm vụ theo trạng thái</source>
        <translation>Tasks by status</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="89"/>
        <source>Tỷ lệ trên tổng số</source>
        <translation>Share of all</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="90"/>
        <source>Theo cơ quan chủ trì</source>
        <translation>By lead agency</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="91"/>
        <source>Lộ trình mục tiêu</source>
        <translation>Target trajectory</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="92"/>
        <source>Thứ hạng chỉ số</source>
        <translation>Index rank</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="93"/>
        <source>Hết {period}</source>
        <translation>End of {period}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="94"/>
        <source>Ngày tính số liệu</source>
        <translation>As-of date</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="95"/>
        <source>Lưu biểu đồ…</source>
        <translation>Save chart…</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="96"/>
        <source>Lưu hoặc sao chép biểu đồ đang xem (PNG, SVG)</source>
        <translation>Save or copy the chart shown (PNG, SVG)</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="97"/>
        <source>Biểu đồ tiến độ</source>
        <translation>Progress charts</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="98"/>
        <source>{n} mục tiêu</source>
        <translation>{n} targets</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="99"/>
        <source>{n} nhiệm vụ</source>
        <translation>{n} tasks</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="100"/>
        <source>{percent} kế hoạch – {band}</source>
        <translation>{percent} of plan – {band}</translation>
    </message>
    <message>
        <location filename="../../gui/plots/texts.py" line="101"/>
        <source>{unit} (càng thấp càng tốt)</source>
        <translation>{unit} (lower is better)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="89"/>
        <source>In báo cáo</source>
        <translation>Print report</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="106"/>
        <source>Cuộc họp đầu tiên từ ngày tính trở đi</source>
        <translation>The first meeting on or after the as-of date</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="109"/>
        <source>In kèm các phụ lục (Phụ lục I, II)</source>
        <translation>With the appendices (Appendix I, II)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="117"/>
        <source>mặc định: theo sổ</source>
        <translation>default: from the register</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="118"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="119"/>
        <source>Word (.docx), để sửa trước khi ký</source>
        <translation>Word (.docx), to edit before signing</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="125"/>
        <source>Thể thức:</source>
        <translation>Style:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="126"/>
        <source>Tính đến ngày:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="127"/>
        <source>Hội nghị:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="128"/>
        <source>Nội dung:</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="129"/>
        <source>Quyền hạn ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="130"/>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="131"/>
        <source>Họ tên người ký:</source>
        <translation>Signer&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="135"/>
        <source>Định dạng:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="136"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="149"/>
        <source>Bấm Xem trước để xem các trang.</source>
        <translation>Click Preview to see the pages.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="177"/>
        <source>Lưu…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="180"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="226"/>
        <source>{n} trang, hội nghị {m}.</source>
        <translation>{n} pages, meeting {m}.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="229"/>
        <source>Cảnh báo: {n} số liệu đã công bố lệch với sổ; báo cáo in số liệu tính từ sổ.</source>
        <translation>Warning: {n} published figures disagree with the register; the report prints the register&apos;s figures.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="241"/>
        <source>Đang lập bản xem trước…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="253"/>
        <location filename="../../gui/dialogs/print_brief.py" line="312"/>
        <location filename="../../gui/dialogs/print_brief.py" line="317"/>
        <source>Đang lập báo cáo…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="280"/>
        <source>Trang {p}/{n}</source>
        <translation>Page {p}/{n}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="291"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="291"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="293"/>
        <source>Lưu báo cáo</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="301"/>
        <source>Đã lưu {file} ({d}).</source>
        <translation>Saved {file} ({d}).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="305"/>
        <source>Đã lập báo cáo {file}.</source>
        <translation>Report written: {file}.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../gui/dialogs/record.py" line="112"/>
        <source>Sửa: {what}</source>
        <translation>Edit: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/record.py" line="112"/>
        <source>Thêm: {what}</source>
        <translation>New: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/record.py" line="161"/>
        <source>&lt;span style=&apos;color:#C0392B&apos;&gt;*&lt;/span&gt; bắt buộc</source>
        <translation>&lt;span style=&apos;color:#C0392B&apos;&gt;*&lt;/span&gt; required</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/record.py" line="165"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/record.py" line="166"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/record.py" line="228"/>
        <source>Số không hợp lệ: ví dụ 92,5 hoặc 21.914.</source>
        <translation>Invalid number: for example 92,5 or 21.914.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/record.py" line="279"/>
        <source>Đã lưu {what} {code}.</source>
        <translation>Saved {what} {code}.</translation>
    </message>
</context>
<context>
    <name>RememberedColumns</name>
    <message>
        <location filename="../../gui/views/columns.py" line="35"/>
        <source>Khôi phục cột mặc định</source>
        <translation>Restore default columns</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../gui/views/filters.py" line="52"/>
        <source>Tìm (không cần dấu)…  Ctrl+F</source>
        <translation>Search (accents optional)…  Ctrl+F</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs/about.py" line="68"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="76"/>
        <source>ví dụ: Nguyễn Thị Hoa</source>
        <translation>for example: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="80"/>
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="81"/>
        <source>Tên người ghi sổ</source>
        <translation>Officer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="83"/>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="92"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="93"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="115"/>
        <source>In trên mọi báo cáo, thông báo và gói dữ liệu gửi đơn vị của sổ này.</source>
        <translation>Printed on every report, notice and package sent to units from this register.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="119"/>
        <source>Sổ này không sửa được thông tin Ban Chỉ đạo (chỉ đọc).</source>
        <translation>The committee details cannot be changed in this register (read-only).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="124"/>
        <source>Ban Chỉ đạo</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="137"/>
        <source>Hãy ghi tên Ban Chỉ đạo.</source>
        <translation>Enter the committee&apos;s name.</translation>
    </message>
</context>
<context>
    <name>SuccessionDialog</name>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="37"/>
        <source>Hợp nhất, sáp nhập</source>
        <translation>Merger</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="38"/>
        <source>Đổi tên</source>
        <translation>Renaming</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="39"/>
        <source>Chia, tách</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="49"/>
        <source>Kế tục cơ quan</source>
        <translation>Agency succession</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="56"/>
        <source>Tự chọn theo số cơ quan</source>
        <translation>From the number of agencies</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="63"/>
        <source>Cơ quan thôi hoạt động (một hoặc nhiều):</source>
        <translation>Agencies that end (one or more):</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="65"/>
        <source>Cơ quan kế tục (nhiều cơ quan: chia, tách):</source>
        <translation>Successors (several: a split):</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="69"/>
        <source>Hình thức:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="71"/>
        <source>Kế tục từ ngày:</source>
        <translation>Succeeded from:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="74"/>
        <source>Chia công việc: mỗi nhiệm vụ, mục tiêu đang thực hiện giao cho cơ quan kế tục nào (mặc định: cơ quan kế tục đầu tiên).</source>
        <translation>Sharing the work: which successor takes each open task and target (by default the first successor).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="82"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="82"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="82"/>
        <source>Giao cho</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="89"/>
        <source>Cơ quan kế tục</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="89"/>
        <source>Phần nhận (mô tả, ví dụ “các xã phía tây”)</source>
        <translation>Its share (in words, e.g. “the western communes”)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="96"/>
        <source>Kế tục</source>
        <translation>Succeed</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="97"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="120"/>
        <source>Đã chọn: {codes}</source>
        <translation>Chosen: {codes}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/succession.py" line="122"/>
        <source>Chưa chọn cơ quan nào.</source>
        <translation>No agency chosen yet.</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="58"/>
        <source>Sao chép tất cả</source>
        <translation>Copy all</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tables.py" line="62"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TargetUnitsDialog</name>
    <message>
        <location filename="../../gui/dialogs/target_units.py" line="20"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/target_units.py" line="33"/>
        <source>Ban Chỉ đạo (số chung)</source>
        <translation>Committee (own value)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/target_units.py" line="44"/>
        <source>Tổng hợp</source>
        <translation>Rolled up</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/target_units.py" line="54"/>
        <source> Chỉ tiêu mỗi đơn vị: {goal}.</source>
        <translation> Goal of each unit: {goal}.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/target_units.py" line="59"/>
        <source>{code} – {text}. Cách tổng hợp: {rule}.</source>
        <translation>{code} – {text}. Roll-up: {rule}.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/target_units.py" line="65"/>
        <source>Chưa có kết quả nào.</source>
        <translation>No value yet.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/target_units.py" line="66"/>
        <source>Kết quả theo đơn vị – {code}</source>
        <translation>Values by unit – {code}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gui/welcome.py" line="21"/>
        <source>Chào mừng đến với dxdesk</source>
        <translation>Welcome to dxdesk</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="25"/>
        <source>Sổ theo dõi mục tiêu, nhiệm vụ, cuộc họp và kết luận của Ban Chỉ đạo chuyển đổi số.</source>
        <translation>The register of targets, tasks, meetings and conclusions of a digital-transformation steering committee.</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="33"/>
        <source>Mở dữ liệu mẫu: tỉnh Lào Cai năm 2023</source>
        <translation>Open the demo: Lào Cai province, 2023</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="34"/>
        <source>30 mục tiêu, 75 nhiệm vụ, 4 hội nghị – để xem thử</source>
        <translation>30 targets, 75 tasks, 4 meetings – to try things out</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="37"/>
        <source>Tạo sổ trống cho Ban Chỉ đạo của tôi</source>
        <translation>Create an empty register for my committee</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="38"/>
        <source>Lưu tại {path}</source>
        <translation>Kept in {path}</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="41"/>
        <source>Nhập từ tệp Excel…</source>
        <translation>Import from an Excel file…</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="42"/>
        <source>Tệp theo mẫu của dxdesk (Tệp ▸ Tạo mẫu Excel trống)</source>
        <translation>A file in dxdesk&apos;s template (File ▸ New empty Excel template)</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="85"/>
        <source>Nhập từ tệp Excel</source>
        <translation>Import from an Excel file</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../gui/window_actions.py" line="28"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="87"/>
        <source>Tạo sổ mới…</source>
        <translation>New register…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="89"/>
        <source>Mở sổ dữ liệu khác…</source>
        <translation>Open another register…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="91"/>
        <source>Kết nối máy chủ…</source>
        <translation>Connect to a server…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="93"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="96"/>
        <source>Xuất ra Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="99"/>
        <source>Tạo mẫu Excel trống…</source>
        <translation>New empty Excel template…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="102"/>
        <source>In báo cáo…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="104"/>
        <source>Sao lưu…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="106"/>
        <source>Gộp sổ…</source>
        <translation>Merge another register…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="108"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="110"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="113"/>
        <source>Giao dữ liệu cho đơn vị…</source>
        <translation>Issue data to an agency…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="116"/>
        <source>Nhận báo cáo của đơn vị…</source>
        <translation>Receive an agency&apos;s report…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="119"/>
        <source>Xung đột chờ giải quyết…</source>
        <translation>Conflicts awaiting a decision…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="121"/>
        <source>Gửi báo cáo…</source>
        <translation>Send report…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="122"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="123"/>
        <location filename="../../gui/window_actions.py" line="156"/>
        <location filename="../../gui/window_actions.py" line="276"/>
        <location filename="../../gui/window_actions.py" line="297"/>
        <location filename="../../gui/window_actions.py" line="311"/>
        <location filename="../../gui/window_actions.py" line="335"/>
        <location filename="../../gui/window_actions.py" line="340"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="125"/>
        <location filename="../../gui/window_actions.py" line="157"/>
        <location filename="../../gui/window_actions.py" line="290"/>
        <location filename="../../gui/window_actions.py" line="297"/>
        <location filename="../../gui/window_actions.py" line="311"/>
        <location filename="../../gui/window_actions.py" line="338"/>
        <location filename="../../gui/window_actions.py" line="341"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="127"/>
        <source>Thêm mới…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="128"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="129"/>
        <source>Xóa…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="131"/>
        <source>Kế tục cơ quan…</source>
        <translation>Agency succession…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="134"/>
        <source>Lịch sử thay đổi…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="136"/>
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="138"/>
        <source>Trang sau</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="143"/>
        <source>Trang trước</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="147"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="148"/>
        <source>Cài đặt…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="150"/>
        <source>Thông tin Ban Chỉ đạo…</source>
        <translation>Committee details…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="152"/>
        <source>Giới thiệu dxdesk</source>
        <translation>About dxdesk</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="155"/>
        <source>Thêm</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="158"/>
        <source>Nhập Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="159"/>
        <source>Xuất Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="160"/>
        <source>In báo cáo</source>
        <translation>Print brief</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="173"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="175"/>
        <source>Mở gần đây</source>
        <translation>Open recent</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="183"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="191"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="195"/>
        <source>T&amp;rao đổi</source>
        <translation>E&amp;xchange</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="199"/>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="201"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="273"/>
        <source>Đã hoàn tác: {a}</source>
        <translation>Undone: {a}</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="287"/>
        <source>Đã làm lại: {a}</source>
        <translation>Redone: {a}</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="302"/>
        <source>Thay đổi gần nhất là của {who}: “{action}”, lúc {when}, không phải của bạn.

Vẫn hoàn tác thay đổi của người khác?</source>
        <translation>The last change is {who}&apos;s: “{action}”, at {when}, not yours.

Undo another person&apos;s change anyway?</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="307"/>
        <source>Thay đổi cần làm lại là của {who}: “{action}”, lúc {when}, không phải của bạn.

Vẫn làm lại thay đổi của người khác?</source>
        <translation>The change to redo is {who}&apos;s: “{action}”, at {when}, not yours.

Redo another person&apos;s change anyway?</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="312"/>
        <source>Vẫn hoàn tác</source>
        <translation>Undo anyway</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="312"/>
        <source>Vẫn làm lại</source>
        <translation>Redo anyway</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="316"/>
        <source>Không thay đổi gì.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="320"/>
        <source>Không còn gì để hoàn tác hay làm lại.</source>
        <translation>Nothing left to undo or redo.</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="335"/>
        <source>Hoàn tác: {a}</source>
        <translation>Undo: {a}</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="338"/>
        <source>Làm lại: {a}</source>
        <translation>Redo: {a}</translation>
    </message>
</context>
<context>
    <name>WindowRegister</name>
    <message>
        <location filename="../../gui/window_register.py" line="94"/>
        <source> (chỉ đọc)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../gui/window_register.py" line="109"/>
        <source>{database} trên máy chủ {host} – tài khoản {account}</source>
        <translation>{database} on server {host} – account {account}</translation>
    </message>
    <message>
        <location filename="../../gui/window_register.py" line="117"/>
        <source>Máy chủ PostgreSQL: {place}</source>
        <translation>PostgreSQL server: {place}</translation>
    </message>
    <message>
        <location filename="../../gui/window_register.py" line="146"/>
        <source>Cảnh báo về sổ dữ liệu</source>
        <translation>Register warning</translation>
    </message>
    <message>
        <location filename="../../gui/window_register.py" line="157"/>
        <source>Có cảnh báo về sổ dữ liệu: xem hộp thông báo.</source>
        <translation>The register has warnings: see the message box.</translation>
    </message>
    <message>
        <location filename="../../gui/window_register.py" line="178"/>
        <source>Tệp đang mở ở chế độ chỉ đọc: mọi thay đổi sẽ không được lưu.</source>
        <translation>The file is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../gui/window_register.py" line="231"/>
        <source>Mở sổ dữ liệu</source>
        <translation>Open a register</translation>
    </message>
    <message>
        <location filename="../../gui/window_register.py" line="250"/>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../gui/dialogs/small.py" line="45"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/small.py" line="46"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="100"/>
        <source>Văn bản hành chính nhà nước</source>
        <translation>State administrative document</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/print_brief.py" line="101"/>
        <source>Văn bản của Đảng</source>
        <translation>Party document</translation>
    </message>
</context>
</TS>
