<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Nhắc báo cáo</title></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222;">
<p>Kính gửi ${addressee!unitName},</p>
<#if overdue>
<p>Công văn số ${dispatchNumber}<#if dispatchIssuedOn?has_content> ngày ${dispatchIssuedOn}</#if> của ${officeName} <strong>đã hết hạn báo cáo từ ngày ${deadline}</strong><#if periodLabel?has_content> (kỳ ${periodLabel})</#if>, nhưng ${officeName} chưa nhận được <#if partial>đủ </#if>báo cáo của đơn vị. Đề nghị đơn vị khẩn trương gửi báo cáo; nếu có khó khăn, xin trao đổi với cán bộ phụ trách.</p>
<#else>
<p>${officeName} chưa nhận được <#if partial>đủ </#if>báo cáo của đơn vị về:</p>
</#if>
<p><strong>Công văn số ${dispatchNumber}</strong><#if dispatchIssuedOn?has_content> ngày ${dispatchIssuedOn}</#if><br>
V/v ${dispatchSubject}<#if periodLabel?has_content><br>
Kỳ báo cáo: ${periodLabel}</#if><#if earlierPeriods?has_content><br>
Đơn vị cũng chưa gửi báo cáo của kỳ trước: ${earlierPeriods?join("; ")}</#if><#if deadline?has_content><br>
Thời hạn: <strong><#if deadlineTime?has_content>trước ${deadlineTime} </#if>ngày ${deadline}</strong><#if overdue> (đã qua)</#if></#if></p>
<#if missing?has_content>
<p><#if partial>Đơn vị đã báo cáo một phần; còn thiếu nội dung ${missingNumbers}:<#else>Các nội dung cần báo cáo:</#if></p>
<ol>
<#list missing as t>
  <li value="${t.ordinal}">${t.text}</li>
</#list>
</ol>
</#if>
<p><#if !overdue>Đề nghị đơn vị gửi báo cáo<#if deadline?has_content> chậm nhất <#if deadlineTime?has_content>trước ${deadlineTime} </#if>ngày ${deadline}</#if> </#if><#if overdue>Báo cáo xin gửi </#if>về hộp thư <a href="mailto:${officeMailbox}">${officeMailbox}</a>, ghi rõ số công văn ${dispatchNumber} ở tiêu đề thư. Nếu đơn vị đã gửi, xin trả lời thư này để cán bộ kiểm tra lại.</p>
<p>Trân trọng,<br>${officeName}</p>
<hr>
<p style="font-size: 12px; color: #666;">Thư nhắc này được gửi tự động theo thời hạn của công văn<#if staffCopied>, đồng gửi cán bộ phụ trách của ${officeName}</#if>; đơn vị đã gửi đủ báo cáo sẽ không nhận thêm thư nhắc.</p>
</body>
</html>
