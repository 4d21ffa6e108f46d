Kính gửi đồng chí ${staffName},

Hệ thống nhận báo cáo của ${officeName} đã nhận công văn đồng chí gửi lúc ${receivedAt}<#if source?has_content> (tệp “${source}”)<#else> (trong nội dung thư)</#if> và đã đưa vào theo dõi việc báo cáo của các đơn vị.

Thông tin hệ thống đọc được từ công văn:
  Số, ký hiệu: ${number}
  Ngày ban hành: <#if issuedOn?has_content>${issuedOn}<#else>không đọc được</#if>
  Cơ quan ban hành: ${issuer}
  Trích yếu: V/v ${subject}
<#if signer?has_content>
  Người ký: ${signer}<#if signerTitle?has_content> (${signerTitle?lower_case})</#if>
</#if>

<#if tasks?has_content>
Các nội dung yêu cầu (${tasks?size}):
<#list tasks as t>
  ${t.ordinal}. ${t.text}
</#list>
<#else>
Hệ thống không tìm thấy nội dung yêu cầu nào được đánh số trong công văn.
</#if>

<#if cadence?has_content>
Kỳ báo cáo: ${cadence}<#if cadencePhrase?has_content> (công văn ghi “${cadencePhrase}”)</#if>.
<#if periodLabel?has_content>
Kỳ đầu tiên: ${periodLabel}<#if periodDue?has_content>, hạn báo cáo ngày ${periodDue}</#if>.
</#if>
<#elseif deadline?has_content>
Thời hạn báo cáo: ngày ${deadline}.
<#else>
Công văn không nêu thời hạn báo cáo; hệ thống sẽ nhắc các đơn vị chưa báo cáo theo lịch nhắc (không quá một lần mỗi ngày).
</#if>

Đơn vị phải báo cáo (${units?size}): <#list units as u>${u}<#sep>, </#list>.
<#if announced>
Hệ thống đã gửi thư thông báo công văn này đến từng đơn vị.
</#if>
<#if problems?has_content>

Lưu ý:
<#list problems as p>
  - <#if p.document?has_content>“${p.document}”: ${p.text}<#else>${p.text?cap_first}</#if>
</#list>
</#if>

Đề nghị đồng chí kiểm tra lại các thông tin trên, nhất là thời hạn và kỳ báo cáo. Nếu hệ thống đọc chưa đúng, quản trị viên hệ thống có thể sửa trích yếu, thời hạn hoặc các nội dung yêu cầu qua API của hệ thống: PATCH /api/dispatches/${dispatchId}, ví dụ với nội dung {"deadline": "2021-10-20"}. Tình hình báo cáo của các đơn vị xem tại GET /api/dispatches/${dispatchId}/status.

Trân trọng,
Hệ thống nhận báo cáo của ${officeName}

--
Thư này được gửi tự động để trả lời thư “${mailSubject}” của đồng chí gửi đến hộp thư ${officeMailbox}.
