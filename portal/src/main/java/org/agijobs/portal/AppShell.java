package org.agijobs.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Push carries the live server time; WEBSOCKET_XHR keeps client-to-server
 * calls on plain HTTP so each UI event passes Spring Security's filter chain and the request
 * context the OAuth2 token refresh needs.
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@PageTitle("AGI Jobs")
public class AppShell implements AppShellConfigurator {
}
