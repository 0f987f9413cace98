package org.readiness.assessment;

import org.readiness.questionnaire.answer.AnswerProblem;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Every feature's {@link AnswerGate}, asked together: the first reason given closes the assessment. */
@Component
class AnswerGates {

    private final List<AnswerGate> gates;

    AnswerGates(List<AnswerGate> gates) {
        this.gates = List.copyOf(gates);
    }

    Optional<AnswerProblem.Kind> closed(AssessmentRecord record) {
        return gates.stream().map(gate -> gate.closed(record.id(), record.scope(),
                record.state() == AssessmentState.FINISHED)).flatMap(Optional::stream).findFirst();
    }
}
