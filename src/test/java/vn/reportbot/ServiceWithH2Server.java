package vn.reportbot;

import org.h2.tools.Server;

/**
 * Runs the service, and once it is up, an H2 TCP server on 127.0.0.1 port {@code -Dreportbot.test.h2-port} in the
 * same JVM. The crash test reads the service's embedded database through it: what the service committed, as the
 * service's own H2 engine holds it. A SIGKILL ends both at once, so what survives is only what reached the file.
 * The server starts after the service has opened the database, so it never opens the database itself.
 */
public final class ServiceWithH2Server {

    private ServiceWithH2Server() {
    }

    public static void main(String[] args) throws Exception {
        ReportbotApplication.main(args);
        String port = Integer.toString(Integer.getInteger("reportbot.test.h2-port"));
        Server.createTcpServer("-tcpPort", port, "-tcpDaemon").start();
        System.out.println("H2 TCP server for the test on 127.0.0.1:" + port);
    }
}
