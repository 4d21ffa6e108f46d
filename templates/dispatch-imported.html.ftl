<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8"><title>Đã nhận công văn</title></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222;">
<p>Kính gửi đồng chí ${staffName},</p>
<p>Hệ thống nhận báo cáo của ${officeName} đã nhận công văn đồng chí gửi lúc <strong>${receivedAt}</strong><#if source?has_content> (tệp “${source}”)<#else> (trong nội dung thư)</#if> và đã đưa vào theo dõi việc báo cáo của các đơn vị.</p>
<p>Thông tin hệ thống đọc được từ công văn:</p>
<table style="border-collapse: collapse;" cellpadding="4">
<tr><td>Số, ký hiệu:</td><td><strong>${number}</strong></td></tr>
<tr><td>Ngày ban hành:</td><td><#if issuedOn?has_content>${issuedOn}<#else><em>không đọc được</em></#if></td></tr>
<tr><td>Cơ quan ban hành:</td><td>${issuer}</td></tr>
<tr><td>Trích yếu:</td><td>V/v ${subject}</td></tr>
<#if signer?has_content>
<tr><td>Người ký:</td><td>${signer}<#if signerTitle?has_content> (${signerTitle?lower_case})</#if></td></tr>
</#if>
</table>
<#if tasks?has_content>
<p>Các nội dung yêu cầu (${tasks?size}):</p>
<ol>
<#list tasks as t>
  <li value="${t.ordinal}">${t.text}</li>
</#list>
</ol>
<#else>
<p>Hệ thống không tìm thấy nội dung yêu cầu nào được đánh số trong công văn.</p>
</#if>
<#if cadence?has_content>
<p>Kỳ báo cáo: <strong>${cadence}</strong><#if cadencePhrase?has_content> (công văn ghi “${cadencePhrase}”)</#if>.<#if periodLabel?has_content><br>
Kỳ đầu tiên: ${periodLabel}<#if periodDue?has_content>, hạn báo cáo <strong>ngày ${periodDue}</strong></#if>.</#if></p>
<#elseif deadline?has_content>
<p>Thời hạn báo cáo: <strong>ngày ${deadline}</strong>.</p>
<#else>
<p>Công văn không nêu thời hạn báo cáo; hệ thống sẽ nhắc các đơn vị chưa báo cáo theo lịch nhắc (không quá một lần mỗi ngày).</p>
</#if>
<p>Đơn vị phải báo cáo (${units?size}): <#list units as u>${u}<#sep>, </#list>.<#if announced><br>
Hệ thống đã gửi thư thông báo công văn này đến từng đơn vị.</#if></p>
<#if problems?has_content>
<p>Lưu ý:</p>
<ul>
<#list problems as p>
  <li><#if p.document?has_content>“${p.document}”: ${p.text}<#else>${p.text?cap_first}</#if></li>
</#list>
</ul>
</#if>
<p>Đề nghị đồng chí kiểm tra lại các thông tin trên, nhất là thời hạn và kỳ báo cáo. Nếu hệ thống đọc chưa đúng, quản trị viên hệ thống có thể sửa trích yếu, thời hạn hoặc các nội dung yêu cầu qua API của hệ thống: <code>PATCH /api/dispatches/${dispatchId}</code>, ví dụ với nội dung <code>{"deadline": "2021-10-20"}</code>. Tình hình báo cáo của các đơn vị xem tại <code>GET /api/dispatches/${dispatchId}/status</code>.</p>
<p>Trân trọng,<br>Hệ thống nhận báo cáo của ${officeName}</p>
<hr>
<p style="font-size: 12px; color: #666;">Thư này được gửi tự động để trả lời thư “${mailSubject}” của đồng chí gửi đến hộp thư ${officeMailbox}.</p>
</body>
</html>
