Kính gửi ${unitName},

${officeName} chưa nhận được báo cáo của đơn vị về:
  Công văn số ${dispatchNumber}<#if dispatchIssuedOn?has_content> ngày ${dispatchIssuedOn}</#if>
  V/v ${dispatchSubject}
<#if periods?has_content>
  Kỳ chưa báo cáo: <#list periods as p>${p}<#sep>; </#list>
</#if>
<#if deadline?has_content>

<#if overdue>Thời hạn báo cáo là ngày ${deadline} và đã qua.<#else>Thời hạn báo cáo: ngày ${deadline}.</#if>
</#if>
<#if tasks?has_content>

Các nội dung cần báo cáo:
<#list tasks as t>
  ${t.ordinal}. ${t.text}
</#list>
</#if>

Đề nghị đơn vị gửi báo cáo về hộp thư ${officeMailbox}, ghi rõ số công văn ${dispatchNumber} ở tiêu đề thư. Nếu đơn vị đã gửi, xin trả lời thư này để cán bộ kiểm tra lại.

Trân trọng,
${officeName}

--
Thư nhắc này được gửi tự động; mỗi đơn vị nhận tối đa một thư nhắc mỗi ngày cho mỗi công văn.
