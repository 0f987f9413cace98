package org.readiness.studio;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readiness.consultant.AccountService;
import org.readiness.consultant.ClientDetails;
import org.readiness.consultant.ClientInterviews;
import org.readiness.consultant.ClientService;
import org.readiness.consultant.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored assessments an author may load into the preview (what-if): their own clients'; an administrator's: all. */
@SpringBootTest
class AssessmentsInReachTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ClientService clients;
    @Autowired
    ClientInterviews interviews;
    @Autowired
    WhatMoves whatMoves;

    private String author;
    private String ownClient;
    private String othersClient;

    @BeforeEach
    void anAuthorAndAnotherConsultantEachWithAnInterview() {
        loginAs("admin", "ADMIN");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var made = accounts.create("author-" + suffix, "Author", "a-long-password-1", Role.CONSULTANT);
        accounts.setAuthor(made.id(), true);
        author = made.username();
        String other = accounts.create("other-" + suffix, "Other", "a-long-password-2", Role.CONSULTANT).username();
        ownClient = "Own client " + suffix;
        othersClient = "Other's client " + suffix;

        loginAs(author, "CONSULTANT", "AUTHOR");
        interviews.startInterview(clients.create(new ClientDetails(ownClient, null, null, null)).id(),
                "scoring-fixture", "en");
        loginAs(other, "CONSULTANT");
        interviews.startInterview(clients.create(new ClientDetails(othersClient, null, null, null)).id(),
                "scoring-fixture", "en");
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_author_sees_only_their_own_clients_assessments() {
        loginAs(author, "CONSULTANT", "AUTHOR");
        assertThat(whatMoves.loadable()).extracting(AssessmentsInReach.Reached::label)
                .singleElement().asString().startsWith(ownClient + ", ");
    }

    @Test
    void an_administrator_sees_every_clients_assessments() {
        loginAs("admin", "ADMIN");
        assertThat(whatMoves.loadable()).extracting(AssessmentsInReach.Reached::label)
                .anyMatch(label -> label.startsWith(ownClient + ", "))
                .anyMatch(label -> label.startsWith(othersClient + ", "));
    }

    private static void loginAs(String username, String... roles) {
        var authorities = Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }
}
