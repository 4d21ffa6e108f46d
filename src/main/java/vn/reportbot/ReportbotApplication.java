package vn.reportbot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ReportbotApplication {
    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(ReportbotApplication.class, args);
    }
}
