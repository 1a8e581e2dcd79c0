package org.comunicado.extract;

import java.util.List;

/** The entities of one kind that a release mentions, and the mentions themselves in text order. */
public record EntityFindings(List<Entity> entities, List<Mention> mentions) {
    public EntityFindings {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
    }
}
