<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8"><title>Không nhập công văn</title></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222;">
<p>Kính gửi đồng chí ${staffName},</p>
<#if reason == "already-imported">
<p>Hệ thống nhận báo cáo của ${officeName} đã nhận thư đồng chí gửi lúc <strong>${receivedAt}</strong><#if source?has_content> (tệp “${source}”)</#if>. <strong>Công văn số ${number} năm ${year} đã được nhập vào hệ thống trước đó</strong> (mã ${dispatchId}), nên hệ thống không nhập lại; việc theo dõi báo cáo của các đơn vị vẫn giữ nguyên.</p>
<p>Nếu văn bản gửi lần này là bản đã sửa, quản trị viên hệ thống có thể cập nhật trích yếu, thời hạn hoặc các nội dung yêu cầu qua API của hệ thống: <code>PATCH /api/dispatches/${dispatchId}</code>. Tình hình báo cáo của các đơn vị xem tại <code>GET /api/dispatches/${dispatchId}/status</code>.</p>
<#elseif reason == "other-office">
<p>Hệ thống nhận báo cáo của ${officeName} đã nhận thư đồng chí gửi lúc <strong>${receivedAt}</strong><#if source?has_content> (tệp “${source}”)</#if>. <strong>Công văn số ${number} là văn bản của ${otherOfficeName}</strong> (theo hộp thư nhận báo cáo hoặc cơ quan ban hành ghi trong văn bản), không phải của ${officeName}, nên hệ thống không nhập.</p>
<p>Nếu ${officeName} cần theo dõi việc báo cáo theo công văn này, quản trị viên hệ thống có thể nhập công văn qua API: <code>POST /api/dispatches?office=${officeId}</code>.</p>
<#else>
<p>Hệ thống nhận báo cáo của ${officeName} đã nhận thư đồng chí gửi lúc <strong>${receivedAt}</strong> nhưng <strong>không nhập được công văn</strong>, vì:</p>
<ul>
<#list problems as p>
  <li><#if p.document?has_content>“${p.document}”: ${p.text}<#else>${p.text?cap_first}</#if></li>
</#list>
</ul>
<p>Đề nghị đồng chí gửi lại công văn ở dạng tệp Word (.docx, .doc), tệp PDF có lớp chữ hoặc dán toàn văn công văn vào nội dung thư. Công văn cần có đủ số, ký hiệu, cơ quan ban hành và trích yếu.</p>
</#if>
<p>Trân trọng,<br>Hệ thống nhận báo cáo của ${officeName}</p>
<hr>
<p style="font-size: 12px; color: #666;">Thư này được gửi tự động để trả lời thư “${mailSubject}” của đồng chí gửi đến hộp thư ${officeMailbox}.</p>
</body>
</html>
