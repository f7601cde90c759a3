package org.custodia.correspondence;

/** One file to offer: its name as the person will save it (no personal data in it), type and content. */
public record DownloadFile(String name, String mediaType, byte[] bytes) {}
