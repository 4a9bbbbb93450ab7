package org.agijobs.portal.jobs;

import com.vaadin.flow.component.html.Div;

/**
 * A Mermaid diagram drawn in the browser from its source text. The script is the portal's own copy (a webjar
 * served under {@code /webjars}), loaded on first use: no CDN, and no change to Vaadin's frontend bundle. Mermaid
 * runs with {@code securityLevel: 'strict'}, so job titles inside the source cannot inject markup.
 */
public class MermaidDiagram extends Div {

    public static final String SCRIPT = "/webjars/mermaid/11.6.0/dist/mermaid.min.js";

    private static final String RENDER = """
            const element = this;
            const load = window.mermaid ? Promise.resolve() : new Promise((resolve, reject) => {
              const script = document.createElement('script');
              script.src = $1;
              script.onload = resolve;
              script.onerror = () => reject(new Error('the diagram script did not load'));
              document.head.appendChild(script);
            });
            load.then(() => {
              window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
              return window.mermaid.render('mermaid-' + Math.random().toString(36).slice(2), $0);
            }).then(result => {
              element.innerHTML = result.svg;
              element.setAttribute('data-rendered', 'true');
            }).catch(failure => {
              element.textContent = 'The diagram could not be drawn: ' + failure.message;
            });
            """;

    private String source = "";

    public MermaidDiagram() {
        addClassName("mermaid-diagram");
        setWidthFull();
        getStyle().set("overflow-x", "auto");
    }

    /** Draws {@code mermaidSource} (e.g. a {@code flowchart TD}); the same source is not drawn twice. */
    public void show(String mermaidSource) {
        if (mermaidSource.equals(source)) {
            return;
        }
        source = mermaidSource;
        getElement().setAttribute("data-source", mermaidSource);
        getElement().executeJs(RENDER, mermaidSource, SCRIPT);
    }

    public String source() {
        return source;
    }
}
