package org.comunicado.cli;
public class Main { public static void main(String[] a) { } }
