package org.uptake.demo;

import java.util.List;
import org.uptake.organisation.ProfessionalGroup;

/**
 * The shape of one demo organisation: its units and how many of each professional group work in
 * each.
 */
record DemoOrganisation(
    String key,
    String name,
    String country,
    String locale,
    List<DemoUnit> units,
    List<String> firstNames,
    List<String> lastNames) {

  record DemoUnit(String code, String name, String description, List<Headcount> staff) {}

  record Headcount(ProfessionalGroup group, int count) {}

  static DemoOrganisation kuusijarvi() {
    return new DemoOrganisation(
        "kuusijarvi",
        "Kuusijärvi municipality",
        "FI",
        "fi",
        List.of(
            new DemoUnit(
                "KJ-VO",
                "Health centre reception",
                "Appointments, acute reception and the nurse's phone line",
                List.of(
                    new Headcount(ProfessionalGroup.REGISTERED_NURSE, 14),
                    new Headcount(ProfessionalGroup.PRACTICAL_NURSE, 6),
                    new Headcount(ProfessionalGroup.PHYSICIAN, 8),
                    new Headcount(ProfessionalGroup.DIGITAL_COUNSELLOR, 1))),
            new DemoUnit(
                "KJ-PS",
                "Chronic disease clinic",
                "Diabetes, asthma and cardiovascular follow-up",
                List.of(
                    new Headcount(ProfessionalGroup.REGISTERED_NURSE, 10),
                    new Headcount(ProfessionalGroup.PRACTICAL_NURSE, 4),
                    new Headcount(ProfessionalGroup.PHYSICIAN, 4))),
            new DemoUnit(
                "KJ-NE",
                "Maternity and child health clinic",
                "Maternity clinic, child health clinic and school health care",
                List.of(
                    new Headcount(ProfessionalGroup.PUBLIC_HEALTH_NURSE, 16),
                    new Headcount(ProfessionalGroup.PHYSICIAN, 3),
                    new Headcount(ProfessionalGroup.SOCIAL_WORKER, 2))),
            new DemoUnit(
                "KJ-KH",
                "Home care",
                "Home care and home nursing in the town centre and villages",
                List.of(
                    new Headcount(ProfessionalGroup.PRACTICAL_NURSE, 25),
                    new Headcount(ProfessionalGroup.REGISTERED_NURSE, 8),
                    new Headcount(ProfessionalGroup.PHYSICIAN, 1))),
            new DemoUnit(
                "KJ-SO",
                "Social and mental health services",
                "Adult social work, substance abuse and mental health services",
                List.of(
                    new Headcount(ProfessionalGroup.SOCIAL_WORKER, 12),
                    new Headcount(ProfessionalGroup.REGISTERED_NURSE, 5),
                    new Headcount(ProfessionalGroup.PHYSICIAN, 1)))),
        List.of(
            "Aino", "Anna", "Elina", "Emilia", "Hanna", "Heidi", "Johanna", "Katja", "Laura",
            "Liisa", "Maria", "Minna", "Niina", "Outi", "Päivi", "Riikka", "Sanna", "Satu", "Tiina",
            "Tuula", "Antti", "Eero", "Jari", "Juha", "Matti", "Mikko", "Pekka", "Sami", "Timo",
            "Ville"),
        List.of(
            "Heikkinen",
            "Hämäläinen",
            "Järvinen",
            "Kinnunen",
            "Korhonen",
            "Koskinen",
            "Laine",
            "Lehtonen",
            "Mäkelä",
            "Mäkinen",
            "Nieminen",
            "Niemi",
            "Salminen",
            "Turunen",
            "Virtanen",
            "Väisänen",
            "Lindqvist",
            "Ahonen",
            "Rantanen",
            "Karjalainen"));
  }

  static DemoOrganisation fjordvik() {
    return new DemoOrganisation(
        "fjordvik",
        "Fjordvik kommune",
        "NO",
        "nb",
        List.of(
            new DemoUnit(
                "FV-HJ",
                "Home nursing north",
                "Home nursing and digital home monitoring",
                List.of(
                    new Headcount(ProfessionalGroup.REGISTERED_NURSE, 9),
                    new Headcount(ProfessionalGroup.PRACTICAL_NURSE, 12))),
            new DemoUnit(
                "FV-LV",
                "Fjordvik medical centre",
                "Regular GP practice and emergency day service",
                List.of(
                    new Headcount(ProfessionalGroup.PHYSICIAN, 5),
                    new Headcount(ProfessionalGroup.REGISTERED_NURSE, 6),
                    new Headcount(ProfessionalGroup.DIGITAL_COUNSELLOR, 1)))),
        List.of(
            "Ingrid",
            "Kari",
            "Silje",
            "Marit",
            "Hilde",
            "Ragnhild",
            "Solveig",
            "Tone",
            "Anne",
            "Ola",
            "Lars",
            "Knut",
            "Eirik",
            "Sindre",
            "Håkon"),
        List.of(
            "Hansen",
            "Johansen",
            "Olsen",
            "Larsen",
            "Andersen",
            "Pedersen",
            "Nilsen",
            "Berg",
            "Haugen",
            "Bakken",
            "Solberg",
            "Dahl",
            "Lunde",
            "Sætre",
            "Økland"));
  }
}
