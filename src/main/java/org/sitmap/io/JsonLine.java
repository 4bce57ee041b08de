package org.sitmap.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Parses one line of a JSON Lines file: exactly one JSON object, nothing after it, nested at most 32 deep.
 * Thread-safe.
 */
public final class JsonLine {
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build()).build());

    private JsonLine() {
    }

    /** The object on the line; an {@link IllegalArgumentException} names what is wrong. */
    public static JsonNode parse(String line) throws JsonProcessingException {
        try (JsonParser p = JSON.createParser(line)) {
            JsonNode node = JSON.readTree(p);
            if (node == null || !node.isObject()) throw new IllegalArgumentException("line is not a JSON object");
            if (p.nextToken() != null) throw new IllegalArgumentException("text after the JSON object on the same line");
            return node;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot be read: " + e.getMessage());
        }
    }
}
