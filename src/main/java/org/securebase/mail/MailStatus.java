package org.securebase.mail;

/** What an admin is told about mail: whether it is on, and where it goes. */
public record MailStatus(boolean on, boolean embedded, String server, String from, String baseUrl) {}
