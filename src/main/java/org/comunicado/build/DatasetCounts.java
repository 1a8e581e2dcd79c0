package org.comunicado.build;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.comunicado.model.Cmo;
import org.comunicado.model.Schema;
import org.comunicado.store.DatasetLayout;

/**
 * The counts a build summary prints, read from the dataset in one read transaction, with the
 * same meaning as {@code stats} (entities are counted when a release mentions them) but in
 * memory that does not grow with the corpus: quotations, claims and quantities are counted by
 * their type quads (each is minted in exactly one release graph), and only the distinct mentioned
 * entities (a few thousand) are held.
 */
record DatasetCounts(long releases, long persons, long organizations, long countries, long programs,
        long quotations, long claims, long quantities, long quads) {

    static final DatasetCounts NONE = new DatasetCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    static DatasetCounts of(DatasetLayout layout) {
        DatasetGraph dsg = layout.connect();
        return Txn.calculateRead(dsg, () -> {
            Node type = RDF.type.asNode();
            Set<Node> mentioned = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, Schema.mentions, Node.ANY).forEachRemaining(q -> {
                if (dsg.contains(q.getGraph(), q.getSubject(), type, Cmo.PressRelease))
                    mentioned.add(q.getObject());
            });
            long persons = 0, organizations = 0, countries = 0, programs = 0;
            for (Node e : mentioned) {
                if (dsg.contains(Node.ANY, e, type, Schema.Person)) persons++;
                if (dsg.contains(Node.ANY, e, type, Schema.Organization)) organizations++;
                if (dsg.contains(Node.ANY, e, type, Schema.Country)) countries++;
                if (dsg.contains(Node.ANY, e, type, Cmo.Program)) programs++;
            }
            return new DatasetCounts(
                    distinctSubjects(dsg, Cmo.PressRelease), persons, organizations, countries, programs,
                    count(dsg.find(Node.ANY, Node.ANY, type, Schema.Quotation)),
                    count(dsg.find(Node.ANY, Node.ANY, type, Schema.Claim)),
                    count(dsg.find(Node.ANY, Node.ANY, type, Schema.QuantitativeValue)),
                    quads(dsg));
        });
    }

    /**
     * Every quad, counted in TDB2's first quad and triple indexes without turning node ids into
     * nodes: several times faster than iterating the quads.
     */
    private static long quads(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb == null)
            return count(dsg.find());
        return tdb.getQuadTable().getNodeTupleTable().getTupleTable().size()
                + tdb.getTripleTable().getNodeTupleTable().getTupleTable().size();
    }

    private static long distinctSubjects(DatasetGraph dsg, Node type) {
        Set<Node> s = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> s.add(q.getSubject()));
        return s.size();
    }

    private static long count(Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
