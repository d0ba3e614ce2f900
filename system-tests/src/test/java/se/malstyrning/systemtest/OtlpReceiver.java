package se.malstyrning.systemtest;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;

/**
 * A real OTLP/HTTP receiver (protobuf, {@code POST /v1/traces}) on a free port, as an OpenTelemetry
 * collector answers: it decodes the {@code ExportTraceServiceRequest}s the suite's processes send and
 * keeps each span with the name of the service that sent it. Decoded with protobuf's wire reader
 * after opentelemetry-proto's {@code trace.proto}, reading only the fields the tests look at.
 */
final class OtlpReceiver implements AutoCloseable {

    /** A received span: its ids in hex, its name, kind and attribute names, and the sending service. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, int kind,
                        List<String> attributeNames) {
    }

    private static final HexFormat HEX = HexFormat.of();
    private static final int SPAN_LIMIT = 100_000;

    private final HttpServer server;
    private final Queue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext("/v1/traces", receiver::receive);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the OTLP receiver", e);
        }
    }

    /** The address to configure as the OTLP endpoint (the exporter appends {@code /v1/traces}). */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<ReceivedSpan> spansOf(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            List<ReceivedSpan> received = exportRequest(CodedInputStream.newInstance(body.readAllBytes()));
            if (spans.size() < SPAN_LIMIT) {
                spans.addAll(received);
            }
            // An empty ExportTraceServiceResponse: everything accepted.
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** ExportTraceServiceRequest: 1 = repeated ResourceSpans. */
    private static List<ReceivedSpan> exportRequest(CodedInputStream in) throws IOException {
        List<ReceivedSpan> spans = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag >>> 3 == 1) {
                resourceSpans(CodedInputStream.newInstance(in.readByteBuffer()), spans);
            } else {
                in.skipField(tag);
            }
        }
        return spans;
    }

    /** ResourceSpans: 1 = Resource (its service.name), 2 = repeated ScopeSpans (2 = repeated Span). */
    private static void resourceSpans(CodedInputStream in, List<ReceivedSpan> spans) throws IOException {
        String service = null;
        List<ByteString> encodedSpans = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag >>> 3) {
                case 1 -> service = serviceName(CodedInputStream.newInstance(in.readByteBuffer()));
                case 2 -> {
                    CodedInputStream scope = CodedInputStream.newInstance(in.readByteBuffer());
                    for (int scopeTag = scope.readTag(); scopeTag != 0; scopeTag = scope.readTag()) {
                        if (scopeTag >>> 3 == 2) {
                            encodedSpans.add(scope.readBytes());
                        } else {
                            scope.skipField(scopeTag);
                        }
                    }
                }
                default -> in.skipField(tag);
            }
        }
        for (ByteString span : encodedSpans) {
            spans.add(span(service, span.newCodedInput()));
        }
    }

    /** Resource: 1 = repeated KeyValue attributes. */
    private static String serviceName(CodedInputStream in) throws IOException {
        String service = null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag >>> 3 == 1) {
                String[] attribute = keyValue(CodedInputStream.newInstance(in.readByteBuffer()));
                if ("service.name".equals(attribute[0])) {
                    service = attribute[1];
                }
            } else {
                in.skipField(tag);
            }
        }
        return service;
    }

    /** KeyValue: 1 = key, 2 = AnyValue (1 = string_value). Returns the key and the string value, if any. */
    private static String[] keyValue(CodedInputStream in) throws IOException {
        String key = null;
        String value = null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag >>> 3) {
                case 1 -> key = in.readStringRequireUtf8();
                case 2 -> {
                    CodedInputStream any = CodedInputStream.newInstance(in.readByteBuffer());
                    for (int anyTag = any.readTag(); anyTag != 0; anyTag = any.readTag()) {
                        if (anyTag >>> 3 == 1) {
                            value = any.readStringRequireUtf8();
                        } else {
                            any.skipField(anyTag);
                        }
                    }
                }
                default -> in.skipField(tag);
            }
        }
        return new String[] {key, value};
    }

    /** Span: 1 = trace_id, 2 = span_id, 4 = parent_span_id, 5 = name, 6 = kind, 9 = repeated KeyValue attributes. */
    private static ReceivedSpan span(String service, CodedInputStream in) throws IOException {
        String traceId = null;
        String spanId = null;
        String parent = "";
        String name = null;
        int kind = 0;
        List<String> attributes = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag >>> 3) {
                case 1 -> traceId = HEX.formatHex(in.readByteArray());
                case 2 -> spanId = HEX.formatHex(in.readByteArray());
                case 4 -> parent = HEX.formatHex(in.readByteArray());
                case 5 -> name = in.readStringRequireUtf8();
                case 6 -> kind = in.readEnum();
                case 9 -> attributes.add(keyValue(CodedInputStream.newInstance(in.readByteBuffer()))[0]);
                default -> in.skipField(tag);
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parent, name, kind, List.copyOf(attributes));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
