// Command schema-provider is a schema-only stand-in for terraform-provider-opennebula.
//
// It serves, over the Terraform plugin protocol 5, exactly the provider schema committed in
// schema/opennebula-provider-1.5.0.json (extracted from the real provider), so that
// `tofu validate` can check synthesized stacks on machines where the real provider cannot be
// built. It validates nothing beyond what OpenTofu checks against a schema (types, required
// and unknown arguments, block nesting and item counts) and refuses to configure, plan or
// apply anything: those need the real provider.
package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"log"
	"sort"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tfprotov5/tf5server"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

//go:embed schema.json
var schemaJSON []byte

type jsonAttribute struct {
	Type      json.RawMessage `json:"type"`
	Required  bool            `json:"required"`
	Optional  bool            `json:"optional"`
	Computed  bool            `json:"computed"`
	Sensitive bool            `json:"sensitive"`
}

type jsonBlockType struct {
	NestingMode string    `json:"nesting_mode"`
	Block       jsonBlock `json:"block"`
	MinItems    int64     `json:"min_items"`
	MaxItems    int64     `json:"max_items"`
}

type jsonBlock struct {
	Attributes map[string]jsonAttribute `json:"attributes"`
	BlockTypes map[string]jsonBlockType `json:"block_types"`
}

type jsonSchema struct {
	Version int64     `json:"version"`
	Block   jsonBlock `json:"block"`
}

type jsonProvider struct {
	Provider          jsonSchema            `json:"provider"`
	ResourceSchemas   map[string]jsonSchema `json:"resource_schemas"`
	DataSourceSchemas map[string]jsonSchema `json:"data_source_schemas"`
}

type jsonDocument struct {
	ProviderSchemas map[string]jsonProvider `json:"provider_schemas"`
}

func convertType(raw json.RawMessage) (tftypes.Type, error) {
	var name string
	if err := json.Unmarshal(raw, &name); err == nil {
		switch name {
		case "string":
			return tftypes.String, nil
		case "number":
			return tftypes.Number, nil
		case "bool":
			return tftypes.Bool, nil
		case "dynamic":
			return tftypes.DynamicPseudoType, nil
		}
		return nil, fmt.Errorf("unknown primitive type %q", name)
	}
	var pair []json.RawMessage
	if err := json.Unmarshal(raw, &pair); err != nil || len(pair) != 2 {
		return nil, fmt.Errorf("unreadable type %s", string(raw))
	}
	if err := json.Unmarshal(pair[0], &name); err != nil {
		return nil, err
	}
	switch name {
	case "list", "set", "map":
		element, err := convertType(pair[1])
		if err != nil {
			return nil, err
		}
		switch name {
		case "list":
			return tftypes.List{ElementType: element}, nil
		case "set":
			return tftypes.Set{ElementType: element}, nil
		default:
			return tftypes.Map{ElementType: element}, nil
		}
	case "object":
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(pair[1], &fields); err != nil {
			return nil, err
		}
		types := map[string]tftypes.Type{}
		for field, fieldRaw := range fields {
			fieldType, err := convertType(fieldRaw)
			if err != nil {
				return nil, err
			}
			types[field] = fieldType
		}
		return tftypes.Object{AttributeTypes: types}, nil
	case "tuple":
		var elements []json.RawMessage
		if err := json.Unmarshal(pair[1], &elements); err != nil {
			return nil, err
		}
		types := make([]tftypes.Type, 0, len(elements))
		for _, elementRaw := range elements {
			elementType, err := convertType(elementRaw)
			if err != nil {
				return nil, err
			}
			types = append(types, elementType)
		}
		return tftypes.Tuple{ElementTypes: types}, nil
	}
	return nil, fmt.Errorf("unknown type constructor %q", name)
}

var nestingModes = map[string]tfprotov5.SchemaNestedBlockNestingMode{
	"single": tfprotov5.SchemaNestedBlockNestingModeSingle,
	"list":   tfprotov5.SchemaNestedBlockNestingModeList,
	"set":    tfprotov5.SchemaNestedBlockNestingModeSet,
	"map":    tfprotov5.SchemaNestedBlockNestingModeMap,
	"group":  tfprotov5.SchemaNestedBlockNestingModeGroup,
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return keys
}

func convertBlock(block jsonBlock) (*tfprotov5.SchemaBlock, error) {
	out := &tfprotov5.SchemaBlock{}
	for _, name := range sortedKeys(block.Attributes) {
		attribute := block.Attributes[name]
		attributeType, err := convertType(attribute.Type)
		if err != nil {
			return nil, fmt.Errorf("attribute %s: %w", name, err)
		}
		out.Attributes = append(out.Attributes, &tfprotov5.SchemaAttribute{
			Name: name, Type: attributeType, Required: attribute.Required,
			Optional: attribute.Optional, Computed: attribute.Computed, Sensitive: attribute.Sensitive,
		})
	}
	for _, name := range sortedKeys(block.BlockTypes) {
		blockType := block.BlockTypes[name]
		nested, err := convertBlock(blockType.Block)
		if err != nil {
			return nil, fmt.Errorf("block %s: %w", name, err)
		}
		mode, ok := nestingModes[blockType.NestingMode]
		if !ok {
			return nil, fmt.Errorf("block %s: unknown nesting mode %q", name, blockType.NestingMode)
		}
		out.BlockTypes = append(out.BlockTypes, &tfprotov5.SchemaNestedBlock{
			TypeName: name, Block: nested, Nesting: mode,
			MinItems: blockType.MinItems, MaxItems: blockType.MaxItems,
		})
	}
	return out, nil
}

func convertSchemas(in map[string]jsonSchema) (map[string]*tfprotov5.Schema, error) {
	out := map[string]*tfprotov5.Schema{}
	for name, schema := range in {
		block, err := convertBlock(schema.Block)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out[name] = &tfprotov5.Schema{Version: schema.Version, Block: block}
	}
	return out, nil
}

type server struct {
	schema *tfprotov5.GetProviderSchemaResponse
}

func refuse(what string) []*tfprotov5.Diagnostic {
	return []*tfprotov5.Diagnostic{{
		Severity: tfprotov5.DiagnosticSeverityError,
		Summary:  "schema-only stand-in provider",
		Detail:   what + " needs the real terraform-provider-opennebula; this stand-in only serves its schema for validate.",
	}}
}

func (s *server) GetProviderSchema(context.Context, *tfprotov5.GetProviderSchemaRequest) (*tfprotov5.GetProviderSchemaResponse, error) {
	return s.schema, nil
}

func (s *server) PrepareProviderConfig(_ context.Context, req *tfprotov5.PrepareProviderConfigRequest) (*tfprotov5.PrepareProviderConfigResponse, error) {
	return &tfprotov5.PrepareProviderConfigResponse{PreparedConfig: req.Config}, nil
}

func (s *server) ConfigureProvider(context.Context, *tfprotov5.ConfigureProviderRequest) (*tfprotov5.ConfigureProviderResponse, error) {
	return &tfprotov5.ConfigureProviderResponse{Diagnostics: refuse("configuring the provider")}, nil
}

func (s *server) StopProvider(context.Context, *tfprotov5.StopProviderRequest) (*tfprotov5.StopProviderResponse, error) {
	return &tfprotov5.StopProviderResponse{}, nil
}

func (s *server) ValidateResourceTypeConfig(context.Context, *tfprotov5.ValidateResourceTypeConfigRequest) (*tfprotov5.ValidateResourceTypeConfigResponse, error) {
	return &tfprotov5.ValidateResourceTypeConfigResponse{}, nil
}

func (s *server) UpgradeResourceState(context.Context, *tfprotov5.UpgradeResourceStateRequest) (*tfprotov5.UpgradeResourceStateResponse, error) {
	return &tfprotov5.UpgradeResourceStateResponse{Diagnostics: refuse("reading state")}, nil
}

func (s *server) ReadResource(context.Context, *tfprotov5.ReadResourceRequest) (*tfprotov5.ReadResourceResponse, error) {
	return &tfprotov5.ReadResourceResponse{Diagnostics: refuse("refresh")}, nil
}

func (s *server) PlanResourceChange(context.Context, *tfprotov5.PlanResourceChangeRequest) (*tfprotov5.PlanResourceChangeResponse, error) {
	return &tfprotov5.PlanResourceChangeResponse{Diagnostics: refuse("plan")}, nil
}

func (s *server) ApplyResourceChange(context.Context, *tfprotov5.ApplyResourceChangeRequest) (*tfprotov5.ApplyResourceChangeResponse, error) {
	return &tfprotov5.ApplyResourceChangeResponse{Diagnostics: refuse("apply")}, nil
}

func (s *server) ImportResourceState(context.Context, *tfprotov5.ImportResourceStateRequest) (*tfprotov5.ImportResourceStateResponse, error) {
	return &tfprotov5.ImportResourceStateResponse{Diagnostics: refuse("import")}, nil
}

func (s *server) ValidateDataSourceConfig(context.Context, *tfprotov5.ValidateDataSourceConfigRequest) (*tfprotov5.ValidateDataSourceConfigResponse, error) {
	return &tfprotov5.ValidateDataSourceConfigResponse{}, nil
}

func (s *server) ReadDataSource(context.Context, *tfprotov5.ReadDataSourceRequest) (*tfprotov5.ReadDataSourceResponse, error) {
	return &tfprotov5.ReadDataSourceResponse{Diagnostics: refuse("reading a data source")}, nil
}

func load() (*tfprotov5.GetProviderSchemaResponse, error) {
	var document jsonDocument
	if err := json.Unmarshal(schemaJSON, &document); err != nil {
		return nil, err
	}
	if len(document.ProviderSchemas) != 1 {
		return nil, fmt.Errorf("expected one provider in the schema, found %d", len(document.ProviderSchemas))
	}
	for _, provider := range document.ProviderSchemas {
		providerBlock, err := convertBlock(provider.Provider.Block)
		if err != nil {
			return nil, err
		}
		resources, err := convertSchemas(provider.ResourceSchemas)
		if err != nil {
			return nil, err
		}
		dataSources, err := convertSchemas(provider.DataSourceSchemas)
		if err != nil {
			return nil, err
		}
		return &tfprotov5.GetProviderSchemaResponse{
			Provider:          &tfprotov5.Schema{Version: provider.Provider.Version, Block: providerBlock},
			ResourceSchemas:   resources,
			DataSourceSchemas: dataSources,
		}, nil
	}
	return nil, fmt.Errorf("unreachable")
}

func main() {
	schema, err := load()
	if err != nil {
		log.Fatalf("schema-provider: %v", err)
	}
	if err := tf5server.Serve("registry.terraform.io/opennebula/opennebula", func() tfprotov5.ProviderServer {
		return &server{schema: schema}
	}); err != nil {
		log.Fatal(err)
	}
}
