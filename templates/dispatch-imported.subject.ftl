Đã nhận công văn số ${number}
