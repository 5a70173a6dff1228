package org.breastct.cli;

/** Entry point of {@code java -jar breastct.jar COMMAND ...}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("breastct: commands coming");
    }
}
