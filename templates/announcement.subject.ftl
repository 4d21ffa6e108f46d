Đề nghị ${unitName} báo cáo theo Công văn số ${dispatchNumber}
