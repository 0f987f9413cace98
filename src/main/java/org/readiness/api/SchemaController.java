package org.readiness.api;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/** The JSON Schemas of the questionnaire format and of the JSON score card, for editors and integrations. */
@RestController
class SchemaController {

    private static final Set<String> SCHEMAS = Set.of("questionnaire", "scorecard", "plan");
    private static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

    @GetMapping("/schemas/{name}.schema.json")
    ResponseEntity<Resource> schema(@PathVariable String name) {
        if (!SCHEMAS.contains(name)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(SCHEMA_JSON).header(HttpHeaders.CACHE_CONTROL, "max-age=3600")
                .body(new ClassPathResource("schemas/" + name + ".schema.json"));
    }
}
