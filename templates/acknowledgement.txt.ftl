Kính gửi ${unitName},

${officeName} đã nhận được báo cáo của đơn vị lúc ${receivedAt}.

Hệ thống ghi nhận báo cáo này cho:
  Công văn số ${dispatchNumber}<#if dispatchIssuedOn?has_content> ngày ${dispatchIssuedOn}</#if>
  V/v ${dispatchSubject}
<#if period?has_content>
  Kỳ báo cáo: ${period}
</#if>
<#if tasks?has_content>
  Các nội dung được báo cáo: <#list tasks as t>${t}<#sep>, </#list>
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

Nếu hệ thống ghi nhận chưa đúng công văn, đề nghị đơn vị trả lời thư này để cán bộ kiểm tra lại.

Trân trọng,
${officeName}

--
Thư này được gửi tự động từ hộp thư nhận báo cáo ${officeMailbox}.
