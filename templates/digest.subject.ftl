Tổng hợp tình hình báo cáo ngày ${today} - ${officeName}
