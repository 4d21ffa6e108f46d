<#if overdue>Quá hạn<#else>Nhắc</#if> báo cáo Công văn số ${dispatchNumber} - ${unitName}
