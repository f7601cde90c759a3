package org.custodia.rights;

/** The DPO's answer to one Art 17(3) exception: whether it applies and, if it does, why. */
public record ExceptionAnswer(ErasureException exception, Boolean applies, String reason) {

    public boolean applying() {
        return Boolean.TRUE.equals(applies);
    }
}
