package org.readiness.plan;

/** One cell of the RACI matrix: a row (an area or an action, see {@link RaciRows}) against a person. */
public record RaciCell(String rowKey, long personId, Raci letter) {
}
