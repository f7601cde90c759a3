package org.custodia.governance;

/** How a case leaves the system when exported: a PDF file, or a page for the browser to print. */
public enum ExportFormat {
    PDF("PDF download", "PDF file"),
    PRINT("Print view", "Printed");

    private final String label;
    private final String method;

    ExportFormat(String label, String method) {
        this.label = label;
        this.method = method;
    }

    public String label() {
        return label;
    }

    /** How the disclosure was made, as the register records it. */
    public String method() {
        return method;
    }
}
