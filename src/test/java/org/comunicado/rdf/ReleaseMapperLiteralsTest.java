package org.comunicado.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The mapper's cheaper ways to make literals give the nodes Jena's general factories give. */
class ReleaseMapperLiteralsTest {

    @Test
    void languageLiteralIsTheOneJenaFormatsTheTagFor() {
        for (String lang : new String[] {"en", "es", "EN", "es-mx", "es-MX", "en--ltr", ""}) {
            Node expected = NodeFactory.createLiteralLang("Comunicado No. 315", lang);
            Node actual = ReleaseMapper.langLiteral("Comunicado No. 315", lang);
            assertEquals(expected, actual, lang);
            assertEquals(expected.getLiteralLanguage(), actual.getLiteralLanguage(), lang);
            assertEquals(expected.getLiteralDatatypeURI(), actual.getLiteralDatatypeURI(), lang);
        }
    }

    @Test
    void numberIsAnIntegerOrDecimalWithoutTrailingZeros() {
        for (String v : new String[] {"0", "7", "-12", "999", "1E+2", "100.00", "1000", "1E+3", "2.50", "1.000", "10.0", "0.00", "-0.5", "123456789012345678901234567890"}) {
            assertEquals(strippedThenTyped(new BigDecimal(v)), ReleaseMapper.number(new BigDecimal(v)), v);
        }
    }

    /** The general rule: strip trailing zeros, then an integer when nothing is left after the point. */
    private static Node strippedThenTyped(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() <= 0
                ? NodeFactory.createLiteralDT(s.toBigIntegerExact().toString(), XSDDatatype.XSDinteger)
                : NodeFactory.createLiteralDT(s.toPlainString(), XSDDatatype.XSDdecimal);
    }
}
