Đã nhận báo cáo của ${unitName} về Công văn số ${dispatchNumber}
