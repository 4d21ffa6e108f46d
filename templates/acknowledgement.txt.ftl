Kính gửi: ${addressee}.

${officeName} đã nhận được báo cáo của đơn vị lúc ${receivedAt}.

Hệ thống ghi nhận báo cáo này cho:
  Công văn số ${dispatchNumber}<#if dispatchIssuedOn?has_content> ngày ${dispatchIssuedOn}</#if>
  V/v ${dispatchSubject}
<#if period?has_content>
  Kỳ báo cáo: ${period}
</#if>
<#if recordedTasks?has_content>

<#if allReported>
Hệ thống đã ghi nhận nội dung <#list recordedTasks as t>${t}<#sep>, </#list>; đơn vị đã báo cáo đủ các nội dung của công văn.
<#else>
Hệ thống đã ghi nhận nội dung <#list recordedTasks as t>${t}<#sep>, </#list>; còn nội dung <#list dueTasks as t>${t}<#sep>, </#list> chưa báo cáo. Đề nghị đơn vị tiếp tục báo cáo các nội dung còn lại.
</#if>
</#if>
<#if attachments?has_content>

Tệp đính kèm đã nhận:
<#list attachments as a>
  - ${a}
</#list>
</#if>
<#if late>

Lưu ý: báo cáo được nhận sau thời hạn ngày ${deadline}.
</#if>

Nếu hệ thống ghi nhận chưa đúng công văn hoặc nội dung báo cáo, đề nghị đơn vị trả lời thư này để cán bộ kiểm tra lại.

Trân trọng,
${officeName}

--
Thư này được gửi tự động từ hộp thư nhận báo cáo ${officeMailbox}.
