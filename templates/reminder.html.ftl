<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8"><title>Nhắc báo cáo</title></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222;">
<p>Kính gửi ${unitName},</p>
<p>${officeName} chưa nhận được báo cáo của đơn vị về:<br>
<strong>Công văn số ${dispatchNumber}</strong><#if dispatchIssuedOn?has_content> ngày ${dispatchIssuedOn}</#if><br>
V/v ${dispatchSubject}<#if periods?has_content><br>
Kỳ chưa báo cáo: <#list periods as p>${p}<#sep>; </#list></#if></p>
<#if deadline?has_content>
<p><#if overdue><strong>Thời hạn báo cáo là ngày ${deadline} và đã qua.</strong><#else>Thời hạn báo cáo: <strong>ngày ${deadline}</strong>.</#if></p>
</#if>
<#if tasks?has_content>
<p>Các nội dung cần báo cáo:</p>
<ol>
<#list tasks as t>
  <li value="${t.ordinal}">${t.text}</li>
</#list>
</ol>
</#if>
<p>Đề nghị đơn vị gửi báo cáo về hộp thư <a href="mailto:${officeMailbox}">${officeMailbox}</a>, ghi rõ số công văn ${dispatchNumber} ở tiêu đề thư. Nếu đơn vị đã gửi, xin trả lời thư này để cán bộ kiểm tra lại.</p>
<p>Trân trọng,<br>${officeName}</p>
<hr>
<p style="font-size: 12px; color: #666;">Thư nhắc này được gửi tự động; mỗi đơn vị nhận tối đa một thư nhắc mỗi ngày cho mỗi công văn.</p>
</body>
</html>
