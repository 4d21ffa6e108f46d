Kính gửi đồng chí ${staffName},

<#if reason == "already-imported">
Hệ thống nhận báo cáo của ${officeName} đã nhận thư đồng chí gửi lúc ${receivedAt}<#if source?has_content> (tệp “${source}”)</#if>. Công văn số ${number} năm ${year} đã được nhập vào hệ thống trước đó (mã ${dispatchId}), nên hệ thống không nhập lại; việc theo dõi báo cáo của các đơn vị vẫn giữ nguyên.

Nếu văn bản gửi lần này là bản đã sửa, quản trị viên hệ thống có thể cập nhật trích yếu, thời hạn hoặc các nội dung yêu cầu qua API của hệ thống: PATCH /api/dispatches/${dispatchId}. Tình hình báo cáo của các đơn vị xem tại GET /api/dispatches/${dispatchId}/status.
<#elseif reason == "other-office">
Hệ thống nhận báo cáo của ${officeName} đã nhận thư đồng chí gửi lúc ${receivedAt}<#if source?has_content> (tệp “${source}”)</#if>. Công văn số ${number} là văn bản của ${otherOfficeName} (theo hộp thư nhận báo cáo hoặc cơ quan ban hành ghi trong văn bản), không phải của ${officeName}, nên hệ thống không nhập.

Nếu ${officeName} cần theo dõi việc báo cáo theo công văn này, quản trị viên hệ thống có thể nhập công văn qua API: POST /api/dispatches?office=${officeId}.
<#else>
Hệ thống nhận báo cáo của ${officeName} đã nhận thư đồng chí gửi lúc ${receivedAt} nhưng không nhập được công văn, vì:
<#list problems as p>
  - <#if p.document?has_content>“${p.document}”: ${p.text}<#else>${p.text?cap_first}</#if>
</#list>

Đề nghị đồng chí gửi lại công văn ở dạng tệp Word (.docx, .doc), tệp PDF có lớp chữ hoặc dán toàn văn công văn vào nội dung thư. Công văn cần có đủ số, ký hiệu, cơ quan ban hành và trích yếu.
</#if>

Trân trọng,
Hệ thống nhận báo cáo của ${officeName}

--
Thư này được gửi tự động để trả lời thư “${mailSubject}” của đồng chí gửi đến hộp thư ${officeMailbox}.
