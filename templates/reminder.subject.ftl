<#if overdue>Quá hạn<#else>Nhắc</#if> báo cáo Công văn số ${dispatchNumber}<#if periodLabel?has_content>, ${periodLabel}</#if> - ${unitName}
