package org.readiness.plan.ui;

/** Which kind of address a plan's page was opened by: the parameters it names, and who may open it. */
enum PlanRoute {
    /** {@code :token}, a merchant's resume link. */
    MERCHANT,
    /** {@code :assessmentId}, a consultant's client's assessment. */
    CONSULTANT,
    /** {@code :token}, a team coordinator's link. */
    COORDINATOR,
    /** {@code :teamId}, a consultant's client's team. */
    CONSULTANT_TEAM
}
