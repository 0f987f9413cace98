package org.readiness.team;

/** How a respondent came in: by a personal invitation, or by the workshop room's join link. */
public enum JoinedBy { INVITATION, JOIN_LINK }
