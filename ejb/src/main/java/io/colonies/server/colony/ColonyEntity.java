package io.colonies.server.colony;

import io.colonies.model.core.Colony;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code colonies}. */
@Entity
@Table(name = "colonies")
public class ColonyEntity {
    @Id
    @Column(name = "colony_id")
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    protected ColonyEntity() {
    }

    public ColonyEntity(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String id() {
        return id;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public Colony toWire() {
        return new Colony(id, name);
    }
}
