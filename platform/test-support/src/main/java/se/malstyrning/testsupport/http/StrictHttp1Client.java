package se.malstyrning.testsupport.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client on a plain socket that reads responses as strictly as RFC 9112 says a client
 * must, and as strict clients (Python {@code requests}/urllib3) do: a response to HEAD and a 1xx,
 * 204 or 304 has no body whatever its headers say; otherwise the body is framed by
 * {@code Transfer-Encoding: chunked}, by {@code Content-Length}, or by the connection closing.
 * Unlike the JDK's client it lets a test see the raw head and whether anything follows it: a
 * bodiless response that announces chunks leaves a strict client waiting, and bytes sent after
 * its head would be read as the start of the next response.
 */
public final class StrictHttp1Client implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String authority;

    public record Response(String statusLine, int status, Map<String, List<String>> headers, byte[] body) {

        /** The first value of a header, by name in any case, or null. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        public boolean has(String name) {
            return headers.containsKey(name.toLowerCase(Locale.ROOT));
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private StrictHttp1Client(Socket socket, String authority) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.authority = authority;
    }

    /** A kept-alive connection to the server of the address (http only). */
    public static StrictHttp1Client connect(URI server) {
        int port = server.getPort() > 0 ? server.getPort() : 80;
        try {
            Socket socket = new Socket(server.getHost(), port);
            socket.setSoTimeout(10_000);
            return new StrictHttp1Client(socket, server.getHost() + ":" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends one request; headers alternate name and value ({@code Host} is added). The response is
     * read with its body framed as a strict client frames it.
     */
    public Response send(String method, String target, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(authority).append("\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try {
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(method);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the server sent anything more on the connection within the time given (after a
     * response it should send nothing until the next request).
     */
    public boolean sendsMoreWithin(int millis) {
        try {
            socket.setSoTimeout(millis);
            try {
                return in.read() != -1;
            } catch (SocketTimeoutException quiet) {
                return false;
            } finally {
                socket.setSoTimeout(10_000);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response read(String method) throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ") && !statusLine.startsWith("HTTP/1.0 ")) {
            throw new IOException("Not a status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        if (status / 100 == 1) {
            return read(method);
        }
        byte[] body;
        if (method.equals("HEAD") || status == 204 || status == 304) {
            body = new byte[0];
        } else if (headers.containsKey("transfer-encoding")) {
            body = chunks();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length").getFirst()));
        } else {
            body = in.readAllBytes();
        }
        return new Response(statusLine, status, headers, body);
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int length = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (length == 0) {
                while (!line().isEmpty()) {
                    // trailer fields
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            line();
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("The connection closed in the middle of a line: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing
        }
    }
}
