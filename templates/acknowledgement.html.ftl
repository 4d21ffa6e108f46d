<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8"><title>Đã nhận báo cáo</title></head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222;">
<p>Kính gửi: ${addressee}.</p>
<p>${officeName} đã nhận được báo cáo của đơn vị lúc <strong>${receivedAt}</strong>.</p>
<p>Hệ thống ghi nhận báo cáo này cho:<br>
<strong>Công văn số ${dispatchNumber}</strong><#if dispatchIssuedOn?has_content> ngày ${dispatchIssuedOn}</#if><br>
V/v ${dispatchSubject}<#if period?has_content><br>
Kỳ báo cáo: <strong>${period}</strong></#if></p>
<#if recordedTasks?has_content>
<#if allReported>
<p>Hệ thống đã ghi nhận nội dung <strong><#list recordedTasks as t>${t}<#sep>, </#list></strong>; đơn vị đã báo cáo đủ các nội dung của công văn.</p>
<#else>
<p>Hệ thống đã ghi nhận nội dung <strong><#list recordedTasks as t>${t}<#sep>, </#list></strong>; còn nội dung <strong><#list dueTasks as t>${t}<#sep>, </#list></strong> chưa báo cáo. Đề nghị đơn vị tiếp tục báo cáo các nội dung còn lại.</p>
</#if>
</#if>
<#if attachments?has_content>
<p>Tệp đính kèm đã nhận:</p>
<ul>
<#list attachments as a>
  <li>${a}</li>
</#list>
</ul>
</#if>
<#if late>
<p><em>Lưu ý: báo cáo được nhận sau thời hạn ngày ${deadline}.</em></p>
</#if>
<p>Nếu hệ thống ghi nhận chưa đúng công văn hoặc nội dung báo cáo, đề nghị đơn vị trả lời thư này để cán bộ kiểm tra lại.</p>
<p>Trân trọng,<br>${officeName}</p>
<hr>
<p style="font-size: 12px; color: #666;">Thư này được gửi tự động từ hộp thư nhận báo cáo ${officeMailbox}.</p>
</body>
</html>
