<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8"><title>Đề nghị báo cáo</title></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222;">
<p>Kính gửi ${unitName},</p>
<p>${officeName} gửi đơn vị:<br>
<strong>Công văn số ${dispatchNumber}</strong><#if dispatchIssuedOn?has_content> ngày ${dispatchIssuedOn}</#if><#if issuer?has_content && issuer != officeName> của ${issuer}</#if><br>
V/v ${dispatchSubject}</p>
<#if attachment?has_content>
<p>Toàn văn công văn trong tệp đính kèm “${attachment}”.</p>
</#if>
<#if tasks?has_content>
<p>Các nội dung đề nghị đơn vị thực hiện và báo cáo:</p>
<ol>
<#list tasks as t>
  <li value="${t.ordinal}">${t.text}</li>
</#list>
</ol>
</#if>
<#if cadence?has_content>
<p>Kỳ báo cáo: <strong>${cadence}</strong>.<#if periodLabel?has_content> Kỳ đầu tiên: ${periodLabel}<#if periodDue?has_content>, hạn báo cáo <strong>ngày ${periodDue}</strong></#if>.</#if></p>
<#elseif deadline?has_content>
<p>Thời hạn báo cáo: <strong>ngày ${deadline}</strong>.</p>
<#else>
<p>Công văn không nêu thời hạn; đề nghị đơn vị báo cáo sớm.</p>
</#if>
<p>Để báo cáo, đơn vị <strong>trả lời thư này</strong> và đính kèm tệp báo cáo; hoặc gửi thư về hộp thư <a href="mailto:${officeMailbox}">${officeMailbox}</a>, ghi rõ số công văn ${dispatchNumber} ở tiêu đề thư.</p>
<p>Trân trọng,<br>${officeName}</p>
<hr>
<p style="font-size: 12px; color: #666;">Thư này được gửi tự động từ hộp thư nhận báo cáo ${officeMailbox}.</p>
</body>
</html>
