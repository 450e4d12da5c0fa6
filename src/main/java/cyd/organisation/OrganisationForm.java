package cyd.organisation;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import cyd.web.Text;

/** A voluntary organisation as its representative describes it. */
public class OrganisationForm {

    @RestForm
    public String name;

    @RestForm
    public String charityNumber;

    @RestForm
    public String companyNumber;

    @RestForm
    public String description;

    @RestForm
    public String language;

    @RestForm
    public String website;

    @RestForm
    public String contactEmail;

    @RestForm
    public String contactPhone;

    @RestForm
    public List<String> areaIds = new ArrayList<>();

    public boolean servesArea(Long areaId) {
        return areaIds.contains(String.valueOf(areaId));
    }

    static String clean(String s) {
        return Text.clean(s);
    }
}
