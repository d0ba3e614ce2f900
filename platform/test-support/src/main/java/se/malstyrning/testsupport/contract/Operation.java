package se.malstyrning.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One operation of a service's OpenAPI document. */
public record Operation(String id, String method, String path, JsonNode spec) {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    public static List<Operation> all(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(new Operation(operation.path("operationId").asText(method + " " + path.getKey()),
                            method.toUpperCase(), path.getKey(), operation));
                }
            }
        }
        return operations;
    }

    public boolean isWrite() {
        return !method.equals("GET");
    }

    public boolean isUpdate() {
        return method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE");
    }

    @Override
    public String toString() {
        return id + " (" + method + " " + path + ")";
    }
}
