Thư gửi ${unitName} bị trả lại: cần kiểm tra địa chỉ ${address}
