package io.colonies.model.core;

/** Where an executor runs; stored and returned only. */
public class Location {
    @jakarta.json.bind.annotation.JsonbProperty("long")
    public double longitude;
    public double lat;
}
