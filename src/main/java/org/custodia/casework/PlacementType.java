package org.custodia.casework;

/** Where a looked-after child lives: the placement types of the children looked after return, in plain words. */
public enum PlacementType {
    FOSTER_CARE_CONNECTED_PERSON("Foster care with a relative or friend"),
    FOSTER_CARE("Foster care with another foster carer"),
    PLACED_FOR_ADOPTION("Placed for adoption"),
    PLACED_WITH_PARENTS("Placed with parents or others with parental responsibility"),
    CHILDRENS_HOME("Children's home"),
    SECURE_CHILDRENS_HOME("Secure children's home"),
    SUPPORTED_ACCOMMODATION("Supported accommodation"),
    RESIDENTIAL_SCHOOL("Residential school"),
    YOUTH_CUSTODY("Young offender institution or secure training centre"),
    HEALTH_PROVIDER("Hospital or other health provider"),
    OTHER("Another kind of placement");

    private final String label;

    PlacementType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
